using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Ecosystem.GitHub.Http;

/// <summary>
/// Sits under Octokit's connection and makes every GitHub request survive what GitHub asks clients
/// to survive: server errors and dropped connections (exponential back-off with jitter), secondary
/// rate limits (honour <c>retry-after</c>, else wait a minute) and a primary limit that resets soon.
/// Mutating requests go one at a time, as GitHub's best-practice guide asks.
/// </summary>
/// <remarks>
/// Most writes are the same when applied twice: adding or removing a label, editing an issue or a comment,
/// deleting a comment, setting a board field. Those are retried like reads (GET, HEAD, GraphQL queries), on any
/// server error or transport failure, so one lost answer cannot leave an issue half-changed. A create (a new
/// comment or issue) is not: sent again after GitHub applied it, it makes a second one. A create is therefore
/// resent here only when the request surely did not reach GitHub (the connection could not be opened); after any
/// other failure the gateway first looks for what it would have created and adopts it (<c>LostCreation</c>).
/// All waits go through the <see cref="TimeProvider"/> (or the injected delay in tests).
/// </remarks>
public sealed class GitHubResilienceHandler : DelegatingHandler
{
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly TimeProvider _time;
    private readonly GitHubResilienceOptions _options;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    public GitHubResilienceHandler(
        HttpMessageHandler innerHandler,
        TimeProvider time,
        GitHubResilienceOptions? options = null,
        Func<TimeSpan, CancellationToken, Task>? delay = null)
        : base(innerHandler)
    {
        _time = time;
        _options = options ?? new GitHubResilienceOptions();
        _delay = delay ?? ((wait, ct) => Task.Delay(wait, _time, ct));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            // Buffered so that a retry can send the same body again.
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        var isWrite = !await IsIdempotentAsync(request, cancellationToken);
        if (!isWrite)
        {
            return await SendWithRetriesAsync(request, false, cancellationToken);
        }

        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            return await SendWithRetriesAsync(request, IsCreate(request), cancellationToken);
        }
        finally
        {
            _writeGate.Release();
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

    private async Task<HttpResponseMessage> SendWithRetriesAsync(HttpRequestMessage request, bool isCreate, CancellationToken ct)
    {
        var retries = 0;
        var rateLimitWaits = 0;
        while (true)
        {
            HttpResponseMessage response;
            try
            {
                response = await SendAttemptAsync(request, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested && retries < _options.MaxRetries && IsRetryableFailure(e, isCreate))
            {
                await _delay(Backoff(retries++), ct);
                continue;
            }

            var rateLimitWait = await RateLimitWaitAsync(request, response, rateLimitWaits, ct);
            if (rateLimitWait is { } wait)
            {
                response.Dispose();
                rateLimitWaits++;
                await _delay(wait, ct);
                continue;
            }

            if (!isCreate && retries < _options.MaxRetries && IsRetryableStatus(response.StatusCode))
            {
                response.Dispose();
                await _delay(Backoff(retries++), ct);
                continue;
            }

            return response;
        }
    }

    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(_options.AttemptTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            return await base.SendAsync(request, linked.Token);
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"GitHub did not answer {request.Method} {request.RequestUri} within {_options.AttemptTimeout.TotalSeconds:0} s.", e);
        }
    }

    private static bool IsRetryableFailure(Exception e, bool isCreate)
    {
        if (isCreate)
        {
            // Only failures that prove nothing was sent: the connection was never established.
            return e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
        }

        return e is HttpRequestException or IOException or TimeoutException or OperationCanceledException;
    }

    private static bool IsRetryableStatus(HttpStatusCode status) => status is
        HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private TimeSpan Backoff(int retry)
    {
        var exponential = _options.BaseBackoff * Math.Pow(2, retry);
        var capped = exponential < _options.MaxBackoff ? exponential : _options.MaxBackoff;
        return capped * (1 + (0.5 * _options.Jitter()));
    }

    /// <summary>The wait a rate-limit answer asks for, null if it is not one; throws when the wait is too long.</summary>
    private async Task<TimeSpan?> RateLimitWaitAsync(HttpRequestMessage request, HttpResponseMessage response, int waitsSoFar, CancellationToken ct)
    {
        var what = $"{request.Method} {request.RequestUri?.AbsolutePath}";
        if (response.StatusCode == HttpStatusCode.OK && Header(response, "x-ratelimit-remaining") == "0" && IsGraphQL(request))
        {
            // GraphQL's primary limit comes as 200 with an error of type RATE_LIMITED: the same wait as REST's 403.
            var answer = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync(ct);
            return answer.Contains("\"RATE_LIMITED\"", StringComparison.Ordinal) ? PrimaryLimitWait(response, what, waitsSoFar) : null;
        }

        if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        if (Header(response, "x-ratelimit-remaining") == "0")
        {
            return PrimaryLimitWait(response, what, waitsSoFar);
        }

        var body = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync(ct);
        var isSecondary = response.StatusCode == HttpStatusCode.TooManyRequests
            || body.Contains("secondary rate limit", StringComparison.OrdinalIgnoreCase);
        if (!isSecondary)
        {
            return null;
        }

        var wait = RetryAfter(response) ?? _options.SecondaryRateLimitWait;
        if (wait > _options.MaxSecondaryRateLimitWait || waitsSoFar >= _options.MaxRateLimitWaits)
        {
            throw new GitHubRateLimitException(
                $"GitHub's secondary rate limit stopped {what} (asked to wait {wait.TotalSeconds:0} s after {waitsSoFar} waits; "
                + $"the limit is {_options.MaxSecondaryRateLimitWait.TotalSeconds:0} s and {_options.MaxRateLimitWaits} waits). "
                + "Run the command again later.",
                _time.GetUtcNow() + wait);
        }

        return wait;
    }

    private TimeSpan PrimaryLimitWait(HttpResponseMessage response, string what, int waitsSoFar)
    {
        var resource = Header(response, "x-ratelimit-resource") ?? "core";
        if (!long.TryParse(Header(response, "x-ratelimit-reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var resetEpoch))
        {
            throw new GitHubRateLimitException(
                $"GitHub's primary rate limit ({resource}) is exhausted and GitHub named no reset time; {what} was not completed.");
        }

        var resetsAt = DateTimeOffset.FromUnixTimeSeconds(resetEpoch);
        var until = resetsAt - _time.GetUtcNow();
        if (until < TimeSpan.Zero)
        {
            until = TimeSpan.Zero;
        }

        if (until > _options.MaxPrimaryRateLimitWait || waitsSoFar >= _options.MaxRateLimitWaits)
        {
            var minutes = (int)Math.Ceiling(until.TotalMinutes);
            throw new GitHubRateLimitException(
                $"GitHub's primary rate limit ({resource}) is exhausted; resets at "
                + $"{resetsAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}, in {minutes} min. "
                + $"{what} was not completed; run the command again after the reset.",
                resetsAt);
        }

        // One second past the reset: GitHub's clock and ours may differ by the rounding of epoch seconds.
        return until + TimeSpan.FromSeconds(1);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var until = date - _time.GetUtcNow();
            return until > TimeSpan.Zero ? until : TimeSpan.Zero;
        }

        return null;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static bool IsGraphQL(HttpRequestMessage request) =>
        request.RequestUri?.AbsolutePath.EndsWith("/graphql", StringComparison.Ordinal) == true;

    /// <summary>A POST that makes a new comment or issue (<c>…/issues</c>, <c>…/issues/{n}/comments</c>): applied twice, it makes two.</summary>
    private static bool IsCreate(HttpRequestMessage request)
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

        if (request.Method != HttpMethod.Post
            || request.Content is null
            || request.RequestUri?.AbsolutePath.EndsWith("/graphql", StringComparison.Ordinal) != true)
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(await request.Content.ReadAsStringAsync(ct));
            return json.RootElement.TryGetProperty("query", out var query)
                && query.ValueKind == JsonValueKind.String
                && !query.GetString()!.TrimStart().StartsWith("mutation", StringComparison.Ordinal);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
