using Ecosystem.GitHub.DryRun;
using Ecosystem.GitHub.Http;
using Ecosystem.GitHub.Packages;

namespace Ecosystem.GitHub;

/// <summary>Builds the gateway (live or dry-run) and the package-index client with the same resilience.</summary>
public static class GitHubGatewayFactory
{
    public static GitHubGateway Create(GitHubGatewayOptions options) => new(options);

    /// <summary>A gateway that reads through <paramref name="live"/> and records, but does not send, every write.</summary>
    public static DryRunGitHubGateway CreateDryRun(GitHubGateway live, GitHubGatewayOptions options) => new(live, options.Time);

    public static PackageIndexClient CreatePackageIndexClient(PackageIndexOptions options, GitHubGatewayOptions gateway)
    {
        var handler = GitHubRetryRules.Handler(gateway.InnerHandler ?? new SocketsHttpHandler(), gateway);
        var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(GitHubGatewayOptions.UserAgent);
        return new PackageIndexClient(http, options);
    }
}
