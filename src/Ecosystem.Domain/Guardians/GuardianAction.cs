using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// What one guardian rule decided for one issue: the plan to apply, a one-line summary for
/// people (also when the plan is empty, saying why), and whether intake must run again.
/// </summary>
public sealed record GuardianAction(IssuePlan Plan, string Summary)
{
    /// <summary>The host re-runs the intake checks on this issue: the applicant answered, it came back, or its resubmission date came.</summary>
    public bool RerunIntake { get; init; }

    internal static GuardianAction Nothing(int issueNumber, string summary) => new(new IssuePlan(issueNumber), summary);
}
