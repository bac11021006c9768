using System.Net;
using Ecosystem.Domain.Intake;
using Ecosystem.GitHub.Http;

namespace Ecosystem.GitHub.Packages;

/// <summary>
/// Asks PyPI and conda-forge whether a package exists (200 yes, 404 no, anything else is an error) at the base URLs the
/// configuration names; an index without one is turned off, and never asked.
/// </summary>
public sealed class PackageIndexClient(HttpClient http, Uri? pypiUrl, Uri? condaUrl)
{
    /// <summary>The indexes the configuration leaves on, in the order they are asked.</summary>
    private readonly PackageIndex[] _turnedOn = [.. pypiUrl is null ? [] : new[] { PackageIndex.PyPI }, .. condaUrl is null ? [] : new[] { PackageIndex.CondaForge }];

    /// <summary>
    /// Each of <paramref name="candidates"/> on the indexes turned on, until one index has one. An index that cannot be
    /// asked (down, rate-limited) is recorded as unknown, not as "not published"; one the configuration turned off is
    /// named as such, so the report does not blame the index.
    /// </summary>
    public async Task<PackageFacts> LookUpAsync(IReadOnlyList<string> candidates, CancellationToken cancellationToken)
    {
        var lookups = new List<PackageLookup>();
        foreach (var name in candidates)
        {
            foreach (var index in _turnedOn.TakeWhile(_ => !lookups.Exists(l => l.Found == true)))
            {
                bool? found;
                try
                {
                    found = await ExistsAsync(index, name, cancellationToken);
                }
                catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    found = null;
                }

                lookups.Add(new PackageLookup(index, name, found));
            }
        }

        return new PackageFacts(lookups) { TurnedOff = [.. Enum.GetValues<PackageIndex>().Where(i => !_turnedOn.Contains(i))] };
    }

    /// <summary>A client for the base URLs <paramref name="urls"/> names, with the gateway's retries and cancellation.</summary>
    public static PackageIndexClient Create(IReadOnlyDictionary<string, string> urls, GitHubGatewayOptions gateway)
    {
        var http = new HttpClient(GitHubRetryRules.Handler(gateway.InnerHandler ?? new SocketsHttpHandler(), gateway)) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(GitHubGatewayOptions.UserAgent);
        return new PackageIndexClient(http, Url("pypi"), Url("conda"));

        Uri? Url(string name) => urls.GetValueOrDefault(name) is { Length: > 0 } url ? new Uri(url.EndsWith('/') ? url : url + "/") : null;
    }

    public async Task<bool> ExistsAsync(PackageIndex on, string name, CancellationToken cancellationToken = default)
    {
        var (index, baseUrl, path) = on == PackageIndex.PyPI
            ? ("PyPI", pypiUrl, $"pypi/{Uri.EscapeDataString(name)}/json")
            : ("conda-forge", condaUrl, $"package/conda-forge/{Uri.EscapeDataString(name)}");
        var url = new Uri(baseUrl ?? throw new InvalidOperationException($"{index} is turned off in the configuration (requirements.package-indexes)."), path);
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => true,
            HttpStatusCode.NotFound => false,
            _ => throw new HttpRequestException(
                $"{index} answered {(int)response.StatusCode} {response.ReasonPhrase} for {url}; cannot tell whether the package exists.",
                null,
                response.StatusCode),
        };
    }
}
