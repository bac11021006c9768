using System.Diagnostics;
using System.Globalization;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.GitHub.Http;
using Ecosystem.TestServer.Faults;

namespace Ecosystem.Actions.Tests.Proof.Faults;

/// <summary>
/// Proves a command safe to fail and re-run: a fault-free baseline counts its requests (R) and snapshots the server;
/// then, for every request i in 1..R and every <see cref="InjectedFault"/>, a fresh world gets that fault at its i-th
/// request (any route). The faulted run must complete, or fail with an <c>::error::</c> line, exit 1 and no stack
/// trace; a re-run without faults must then leave exactly the baseline's snapshot. The baseline run twice must
/// send no write the second time.
/// </summary>
public static class FaultProof
{
    /// <summary>Short waits on the real clock: a stalled attempt is given up after 400 ms.</summary>
    public static GitHubResilienceOptions FaultedResilience { get; } = new()
    {
        BaseBackoff = TimeSpan.FromMilliseconds(1),
        MaxBackoff = TimeSpan.FromMilliseconds(5),
        AttemptTimeout = TimeSpan.FromMilliseconds(400),
        SecondaryRateLimitWait = TimeSpan.FromMilliseconds(1),
        Jitter = () => 0,
    };

    /// <summary>The same short back-offs, but a generous attempt timeout: a busy machine must not fail a clean run.</summary>
    public static GitHubResilienceOptions CleanResilience { get; } = FaultedResilience with { AttemptTimeout = TimeSpan.FromSeconds(30) };

    public static async Task<FaultProofReport> RunAsync(FaultScenario scenario, IReadOnlyList<InjectedFault>? faults = null)
    {
        faults ??= InjectedFault.All;
        var clock = Stopwatch.StartNew();
        var problems = new List<string>();
        IReadOnlyList<string> baseline;
        IReadOnlyList<string> baselineRequests;
        await using (var world = await StartAsync(scenario))
        {
            var first = await world.RunAsync(CleanResilience);
            Assert.AreEqual(0, first.ExitCode, $"{scenario}: the fault-free run failed.\n{first}");
            baseline = world.Snapshot();
            baselineRequests = [.. first.Requests.Select(r => $"{r.Method} {r.Path}{(r.GraphQLOperation is { } op ? " " + op : "")}")];
            var second = await world.RunAsync(CleanResilience);
            Assert.AreEqual(0, second.ExitCode, $"{scenario}: the second fault-free run failed.\n{second}");
            Assert.IsEmpty(second.WriteRequests, $"{scenario}: a second run must find nothing to change.\n{second}");
            CollectionAssert.AreEqual(baseline.ToList(), world.Snapshot().ToList(), $"{scenario}: the second run changed the state.");
        }

        var report = new FaultProofReport(scenario.Name, baselineRequests.Count);
        for (var index = 1; index <= baselineRequests.Count; index++)
        {
            foreach (var fault in faults)
            {
                var where = $"{scenario} / {fault} at request {index} ({baselineRequests[index - 1]})";
                await using var world = await StartAsync(scenario);
                var rule = world.Server.Faults.Add("any", "any", FaultHits.Nth(index), fault.Make());
                var faulted = await world.RunAsync(fault.Stalls ? FaultedResilience : CleanResilience);
                // A stalled request goes on (and may write) after the client gave up: it must not overlap the re-run.
                await world.Server.WhenIdleAsync();
                world.Server.Faults.Clear();
                report.Count(faulted.ExitCode == 0, rule.Fired);
                if (Unclear(faulted) is { } unclear)
                {
                    problems.Add($"{where}: {unclear}\n{faulted}");
                    continue;
                }

                var rerun = await world.RunAsync(CleanResilience);
                report.CountRerun();
                if (rerun.ExitCode != 0)
                {
                    problems.Add($"{where}: the re-run without faults failed.\n{rerun}");
                    continue;
                }

                var after = world.Snapshot();
                if (!after.SequenceEqual(baseline, StringComparer.Ordinal))
                {
                    problems.Add($"{where}: after the re-run the state differs from a fault-free run:\n{ServerSnapshot.Diff(baseline, after)}");
                }
            }
        }

        report.Elapsed = clock.Elapsed;
        if (problems.Count > 0)
        {
            Assert.Fail($"{problems.Count} of {report.FaultedRuns} faulted runs of {scenario} went wrong:\n\n{string.Join("\n\n", problems)}");
        }

        return report;
    }

    /// <summary>A fresh GitHub seeded by <paramref name="scenario"/>, and the program ready to run its command in it.</summary>
    private static async Task<ScenarioRun> StartAsync(FaultScenario scenario)
    {
        var world = scenario.Build().WithRun(run =>
        {
            run.Catalog = scenario.Catalog;
            run.GitHubClock = TimeProvider.System;
        });
        // Computed once from the seeded world: a re-run of a workflow gets the original event, not today's issue.
        var payload = scenario.Payload(world.State);
        await world.StartAsync();
        return new ScenarioRun(world, scenario, payload);
    }

    /// <summary>Why a faulted run's outcome is not acceptable, or null when it completed or failed clearly.</summary>
    private static string? Unclear(RunResult run)
    {
        var output = run.Stdout + run.Stderr;
        if (output.Contains("   at ", StringComparison.Ordinal))
        {
            return "the output shows a stack trace";
        }

        if (run.ExitCode == 0)
        {
            return null;
        }

        if (run.ExitCode != 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"exit code {run.ExitCode}, expected 0 or 1");
        }

        var errors = run.Stdout.Split('\n').Where(l => l.StartsWith("::error", StringComparison.Ordinal) && l.Trim().Length > "::error::".Length);
        return errors.Any() ? null : "it failed without an ::error:: line";
    }
}
