using Ecosystem.GitHub.Http;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.GitHub.Tests.Fakes;

/// <summary>A gateway over a <see cref="ScriptedHandler"/>, with waits recorded instead of slept.</summary>
internal sealed class TestGateway : IDisposable
{
    public static readonly Uri GraphQLUrl = new("http://github.test/api/graphql");

    private readonly List<TimeSpan> _waits = [];

    public TestGateway(GitHubResilienceOptions? resilience = null, CancellationToken cancellation = default, bool dryRun = false)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 2, 0, TimeSpan.Zero));
        Options = new GitHubGatewayOptions
        {
            ApiUrl = new Uri("http://github.test/"),
            GraphQLUrl = GraphQLUrl,
            Token = "test-token",
            Owner = "pytorch-fdn",
            Repository = "ecosystem",
            Time = Time,
            InnerHandler = Handler,
            Cancellation = cancellation,
            DryRunClock = dryRun ? Time : null,
            Resilience = resilience ?? new GitHubResilienceOptions { Jitter = () => 0 },
            Delay = (wait, _) =>
            {
                lock (_waits)
                {
                    _waits.Add(wait);
                }

                Time.Advance(wait);
                return Task.CompletedTask;
            },
        };
        Gateway = new GitHubGateway(Options);
    }

    public ScriptedHandler Handler { get; } = new();

    public FakeTimeProvider Time { get; }

    public GitHubGatewayOptions Options { get; }

    public GitHubGateway Gateway { get; }

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_waits)
            {
                return [.. _waits];
            }
        }
    }

    public void Dispose() => Gateway.Dispose();
}
