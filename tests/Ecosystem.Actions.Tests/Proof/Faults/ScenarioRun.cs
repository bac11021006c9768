using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.GitHub.Http;
using Ecosystem.TestServer;

namespace Ecosystem.Actions.Tests.Proof.Faults;

/// <summary>A <see cref="World"/> seeded by a <see cref="FaultScenario"/>, running the scenario's command for its one event.</summary>
public sealed class ScenarioRun(World world, FaultScenario scenario, object payload) : IAsyncDisposable
{
    public TestGitHubServer Server => world.Server;

    /// <summary>Runs the scenario's command once with <paramref name="resilience"/>.</summary>
    public Task<RunResult> RunAsync(GitHubResilienceOptions resilience)
    {
        world.Run.GitHubResilience = resilience;
        return world.Run.RunAsync(scenario.EventName, payload, scenario.Args);
    }

    public IReadOnlyList<string> Snapshot() => ServerSnapshot.Capture(world.State, world.Repository.Owner, world.Repository.Name);

    public ValueTask DisposeAsync() => world.DisposeAsync();
}
