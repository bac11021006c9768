using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Status;

/// <summary>The scheduler's rules, which the status page reads stages and outcomes with.</summary>
public sealed record StatusRules(SchedulingRules Scheduling)
{
    /// <summary>How far back decisions and figures reach.</summary>
    public const int Months = 12;

    public bool IsOutcome(string label) => Scheduling.Labels.Outcomes.Any(o => string.Equals(o, label, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every label that marks an issue as an application somewhere in the process.</summary>
    public IEnumerable<string> ProcessLabels
    {
        get
        {
            var labels = Scheduling.Labels;
            return [labels.New, labels.InReview, labels.Waiting, labels.Returning, .. labels.Settled];
        }
    }
}
