using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands.Validate;

/// <summary>
/// Intake of one issue: the issue as read, its report, the report as posted (empty when the issue is not an
/// application) and the writes made to bring the issue in line.
/// </summary>
public sealed record ValidationResult(IssueSnapshot Issue, IntakeReport Report, string Markdown, IReadOnlyList<PlannedWrite> Writes)
{
    public bool IsApplication => Report.Verdict != IntakeVerdict.NotAnApplication;

    public bool IsValid => Report.Verdict == IntakeVerdict.Complete;

    public string VerdictText => Report.Verdict switch
    {
        IntakeVerdict.Complete => "complete",
        IntakeVerdict.Incomplete => "incomplete",
        IntakeVerdict.LostForm => "form lost",
        _ => "not an application",
    };
}
