using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// What tonight's re-check of one project asks for: an issue to create or rewrite (null when it
/// already reads right), a plan for the existing periodic-review issue (null when there is none
/// or nothing to change), and a summary line for people.
/// </summary>
public sealed record RecheckDecision(IssueDraft? Draft, IssuePlan? Plan, string Summary)
{
    /// <summary>The application the summary is about when the project was not measured; else the review's issue is.</summary>
    public int? IssueNumber { get; init; }

    /// <summary>What people must fix for the project to be measured; null when nothing.</summary>
    public string? Warning { get; init; }
}
