using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Guardians;

/// <summary>What one guardian rule decided for one issue, with a summary for people (also saying why nothing).</summary>
public sealed record GuardianAction(IssuePlan Plan, string Summary)
{
    public bool RerunIntake { get; init; }

    internal static GuardianAction Nothing(int issueNumber, string summary) => new(new IssuePlan(issueNumber), summary);
}
