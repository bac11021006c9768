using System.Globalization;

namespace Ecosystem.Actions.Tests.Proof.Faults;

/// <summary>What a <see cref="FaultProof"/> did: requests in the baseline, runs, faults that fired, how runs ended.</summary>
public sealed class FaultProofReport(string scenario, int baselineRequests)
{
    public string Scenario { get; } = scenario;

    public int BaselineRequests { get; } = baselineRequests;

    public int FaultedRuns { get; private set; }

    public int FaultsInjected { get; private set; }

    public int CompletedDespiteFault { get; private set; }

    public int FailedClearly { get; private set; }

    public int Reruns { get; private set; }

    public TimeSpan Elapsed { get; internal set; }

    /// <summary>Every program run: the baseline twice, each faulted run and its re-run.</summary>
    public int Runs => 2 + FaultedRuns + Reruns;

    internal void Count(bool completed, int fired)
    {
        FaultedRuns++;
        FaultsInjected += fired;
        if (completed)
        {
            CompletedDespiteFault++;
        }
        else
        {
            FailedClearly++;
        }
    }

    internal void CountRerun() => Reruns++;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Scenario}: {BaselineRequests} requests in a fault-free run; {FaultedRuns} faulted runs ({FaultsInjected} faults injected): "
        + $"{CompletedDespiteFault} completed, {FailedClearly} failed with ::error::; {Reruns} clean re-runs, all equal to the baseline; "
        + $"{Runs} runs in {Elapsed.TotalSeconds:0.0} s.");
}
