using System.Net;
using Ecosystem.GitHub.Http;

namespace Ecosystem.GitHub.Packages;

/// <summary>Asks PyPI and conda-forge whether a package exists (200 yes, 404 no, anything else is an error).</summary>
public sealed class PackageIndexClient(HttpClient http, PackageIndexOptions options)
{

    /// <summary><c>GET {pypi}/pypi/{name}/json</c>.</summary>
    public Task<bool> ExistsOnPyPIAsync(string name, CancellationToken cancellationToken = default) =>
        ExistsAsync("PyPI", new Uri(options.PyPIUrl, $"pypi/{Uri.EscapeDataString(name)}/json"), cancellationToken);

    /// <summary><c>GET {conda}/package/conda-forge/{name}</c>.</summary>
    public Task<bool> ExistsOnCondaForgeAsync(string name, CancellationToken cancellationToken = default) =>
        ExistsAsync("conda-forge", new Uri(options.CondaUrl, $"package/conda-forge/{Uri.EscapeDataString(name)}"), cancellationToken);

    /// <summary>A client with the gateway's retries, rate-limit waits and cancellation.</summary>
    public static PackageIndexClient Create(PackageIndexOptions options, GitHubGatewayOptions gateway)
    {
        var http = new HttpClient(GitHubRetryRules.Handler(gateway.InnerHandler ?? new SocketsHttpHandler(), gateway)) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(GitHubGatewayOptions.UserAgent);
        return new PackageIndexClient(http, options);
    }

    private async Task<bool> ExistsAsync(string index, Uri url, CancellationToken cancellationToken)
    {
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
