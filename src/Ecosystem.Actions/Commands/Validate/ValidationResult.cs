using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands.Validate;

/// <summary>
/// Intake of one issue: the issue as read, its report, the plan for it and the writes made to bring the issue in line.
/// </summary>
public sealed record ValidationResult(IssueSnapshot Issue, IntakeReport Report, IssuePlan Plan, IReadOnlyList<PlannedWrite> Writes)
{
    /// <summary>The report as posted; empty when the issue is not an application.</summary>
    public string Markdown => Plan.Comments.FirstOrDefault()?.Body ?? string.Empty;

    public bool IsApplication => Report.Verdict != IntakeVerdict.NotAnApplication;

    public bool IsValid => Report.Verdict == IntakeVerdict.Complete;
}
