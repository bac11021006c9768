using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Status;

/// <summary>The label names the status page reads stages and outcomes from, beside the scheduler's own rules.</summary>
public sealed record StatusRules(SchedulingRules Scheduling, string VotingLabel, IReadOnlyList<string> OutcomeLabels)
{
    /// <summary>How far back decisions and figures reach.</summary>
    public const int Months = 12;

    public bool IsOutcome(string label) => OutcomeLabels.Any(o => string.Equals(o, label, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every label that marks an issue as an application somewhere in the process.</summary>
    public IEnumerable<string> ProcessLabels =>
        [Scheduling.NewLabel, Scheduling.InReviewLabel, Scheduling.WaitingLabel, Scheduling.ReturningLabel, VotingLabel, .. OutcomeLabels];
}
