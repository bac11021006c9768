using Ecosystem.GitHub.Http;

namespace Ecosystem.GitHub.Tests.Fakes;

/// <summary>A gateway over a <see cref="ScriptedHandler"/>, its waits passing at once on a <see cref="WaitingClock"/>.</summary>
internal sealed class TestGateway : IDisposable
{
    public static readonly Uri GraphQLUrl = new("http://github.test/api/graphql");

    public TestGateway(GitHubResilienceOptions? resilience = null, CancellationToken cancellation = default, bool dryRun = false, Uri? apiUrl = null)
    {
        Options = new GitHubGatewayOptions
        {
            ApiUrl = apiUrl ?? new Uri("http://github.test/"),
            GraphQLUrl = GraphQLUrl,
            Token = "test-token",
            Owner = "pytorch-fdn",
            Repository = "ecosystem",
            Time = Time,
            InnerHandler = Handler,
            Cancellation = cancellation,
            DryRunClock = dryRun ? Time : null,
            Resilience = resilience ?? new GitHubResilienceOptions { Jitter = () => 0 },
        };
        Gateway = new GitHubGateway(Options);
    }

    public ScriptedHandler Handler { get; } = new();

    public WaitingClock Time { get; } = new();

    public GitHubGatewayOptions Options { get; }

    public GitHubGateway Gateway { get; }

    public void Dispose() => Gateway.Dispose();
}
