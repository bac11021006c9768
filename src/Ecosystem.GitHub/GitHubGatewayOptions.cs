using Ecosystem.GitHub.Http;

namespace Ecosystem.GitHub;

/// <summary>Where and as whom the gateway talks to GitHub (from <c>GITHUB_API_URL</c>, <c>GITHUB_GRAPHQL_URL</c>, the token input and <c>GITHUB_REPOSITORY</c>).</summary>
public sealed record GitHubGatewayOptions
{
    public const string UserAgent = "pytorch-ecosystem-actions";

    public required Uri ApiUrl { get; init; }

    public required Uri GraphQLUrl { get; init; }

    /// <summary>
    /// The GraphQL endpoint of the REST API at <paramref name="apiUrl"/>, as <c>@actions/github</c> finds it: <c>/graphql</c> under
    /// it, or <c>/api/graphql</c> beside GitHub Enterprise Server's <c>/api/v3</c>. A run given <c>GITHUB_API_URL</c> alone
    /// thus sends its token to that host, never to github.com's endpoint.
    /// </summary>
    public static string GraphQLEndpointOf(Uri apiUrl) =>
        apiUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') is var api && api.EndsWith("/api/v3", StringComparison.OrdinalIgnoreCase)
            ? api[..^"/v3".Length] + "/graphql"
            : api + "/graphql";

    public required string Token { get; init; }

    public required string Owner { get; init; }

    public required string Repository { get; init; }

    /// <summary>
    /// Logins the automation ran under before, whose comments, issues and label changes are its own
    /// (<see cref="Identity.AutomationAccount.Former"/>).
    /// </summary>
    public IReadOnlyList<string> FormerAutomation { get; init; } = [];

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public GitHubResilienceOptions Resilience { get; init; } = new();

    /// <summary>The job's cancellation (Ctrl-C, SIGTERM): it abandons every request in flight and every wait for a retry or a rate limit.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Set for a dry run: nothing is written, and the answers to writes are stamped with this clock (the program's, not the HTTP layer's).</summary>
    public TimeProvider? DryRunClock { get; init; }

    /// <summary>Transport under the resilience handler; tests give a scripted one. Default: <see cref="SocketsHttpHandler"/>.</summary>
    public HttpMessageHandler? InnerHandler { get; init; }
}
