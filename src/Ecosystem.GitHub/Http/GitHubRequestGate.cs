using System.Text.Json;
using Ecosystem.GitHub.GraphQL;
using Polly.Timeout;

namespace Ecosystem.GitHub.Http;

/// <summary>
/// The top of the HTTP chain under Octokit and the package-index client: ties every request to the job's cancellation
/// (a cancelled job abandons the request in flight and any wait for a retry), buffers the body so a retry can send it
/// again, tells the retry rules (<see cref="GitHubRetryRules"/>) whether the request creates something, and lets one
/// write through at a time, as GitHub's best-practice guide asks.
/// </summary>
internal sealed class GitHubRequestGate(HttpMessageHandler retries, GitHubResilienceOptions options, CancellationToken job)
    : DelegatingHandler(retries)
{
    /// <summary>Set on a POST that makes a new comment or issue: applied twice, it makes two.</summary>
    public static readonly HttpRequestOptionsKey<bool> IsCreate = new("ecosystem.is-create");

    private readonly SemaphoreSlim _writeGate = new(1, 1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, job);
        var ct = linked.Token;
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(ct);
        }

        var isWrite = !await IsIdempotentAsync(request, ct);
        if (isWrite)
        {
            request.Options.Set(IsCreate, Creates(request));
            await _writeGate.WaitAsync(ct);
        }

        try
        {
            return await base.SendAsync(request, ct);
        }
        catch (TimeoutRejectedException e)
        {
            throw new TimeoutException($"GitHub did not answer {request.Method} {request.RequestUri} within {options.AttemptTimeout.TotalSeconds:0} s.", e);
        }
        finally
        {
            if (isWrite)
            {
                _writeGate.Release();
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writeGate.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>A POST to <c>…/issues</c> or <c>…/issues/{n}/comments</c>.</summary>
    private static bool Creates(HttpRequestMessage request)
    {
        if (request.Method != HttpMethod.Post || request.RequestUri is null)
        {
            return false;
        }

        var segments = request.RequestUri.AbsolutePath.Trim('/').Split('/');
        var repos = Array.IndexOf(segments, "repos");
        var rest = repos < 0 || repos + 3 > segments.Length ? [] : segments[(repos + 3)..];
        return rest is ["issues"] or ["issues", _, "comments"];
    }

    /// <summary>GET/HEAD/OPTIONS, and GraphQL posts whose document is a query (not a mutation).</summary>
    private static async Task<bool> IsIdempotentAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options)
        {
            return true;
        }

        if (request.Method != HttpMethod.Post || request.Content is null || !GitHubRetryRules.IsGraphQL(request))
        {
            return false;
        }

        try
        {
            return JsonElement.Parse(await request.Content.ReadAsStringAsync(ct)).String("query") is { } document
                && !document.TrimStart().StartsWith("mutation", StringComparison.Ordinal);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
