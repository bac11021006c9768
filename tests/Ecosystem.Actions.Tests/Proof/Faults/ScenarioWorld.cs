using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.GitHub.Http;
using Ecosystem.TestServer;
using Ecosystem.TestServer.Faults;
using Ecosystem.TestServer.State;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.Actions.Tests.Proof.Faults;

/// <summary>A fresh GitHub seeded by a <see cref="FaultScenario"/>, its server, and the program ready to run in it.</summary>
public sealed class ScenarioWorld : IAsyncDisposable
{
    private readonly FaultScenario _scenario;
    private readonly ActionRun _run;

    // Computed once from the seeded world: a re-run of a workflow gets the original event, not today's issue.
    private readonly object _payload;

    private ScenarioWorld(FaultScenario scenario, GitHubState state, TestGitHubServer server)
    {
        _scenario = scenario;
        State = state;
        Server = server;
        _payload = scenario.Payload(state);
        _run = new ActionRun(server, new FakeTimeProvider(scenario.Now), $"{scenario.Owner}/{scenario.Repository}")
        {
            Catalog = scenario.Catalog,
            GitHubClock = TimeProvider.System,
        };
        scenario.Prepare?.Invoke(_run, server);
    }

    public GitHubState State { get; }

    public TestGitHubServer Server { get; }

    public static async Task<ScenarioWorld> StartAsync(FaultScenario scenario)
    {
        var state = new GitHubState(new FakeTimeProvider(scenario.Now));
        scenario.Seed(state);
        var server = new TestGitHubServer(state);
        await server.StartAsync();
        return new ScenarioWorld(scenario, state, server);
    }

    /// <summary>Runs the scenario's command once with <paramref name="resilience"/>.</summary>
    public Task<RunResult> RunAsync(GitHubResilienceOptions resilience)
    {
        _run.GitHubResilience = resilience;
        return _run.RunAsync(_scenario.EventName, _payload, _scenario.Args);
    }

    public IReadOnlyList<string> Snapshot() => ServerSnapshot.Capture(State, _scenario.Owner, _scenario.Repository);

    /// <summary>
    /// Waits until every request the rule faulted is finished on the server: a stalled request goes on (and may
    /// write) after the client gave up, and must not overlap the next run.
    /// </summary>
    public async Task SettleAsync(FaultRule rule)
    {
        var deadline = DateTime.UtcNow + InjectedFault.ServerStall + TimeSpan.FromSeconds(5);
        while (Server.Requests.Count(r => r.Fault is not null) < rule.Fired)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The server did not finish the faulted request of rule {rule.Method} {rule.Path} in time.");
            }

            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _run.Dispose();
        await Server.DisposeAsync();
    }
}
