namespace Ecosystem.Domain.Intake;

/// <summary>The outcome of intake for one issue: the verdict, every finding, and the requirement checklist.</summary>
public sealed record IntakeReport(
    int IssueNumber,
    IntakeVerdict Verdict,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ChecklistItem> Checklist)
{
    /// <summary>Failures and warnings, in report order, for machines: {check, status, message}.</summary>
    public IReadOnlyList<ProblemSummary> Problems =>
        Findings.Where(f => f.Status is FindingStatus.Fail or FindingStatus.Warning)
            .Select(f => new ProblemSummary(f.Check, f.Status == FindingStatus.Fail ? "fail" : "warning", f.Where + ": " + f.Message))
            .ToList();
}
