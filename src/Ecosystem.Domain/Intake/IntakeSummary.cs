using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Intake;

/// <summary>The step summary of an intake check over every open application (the <c>intake-summary</c> template).</summary>
public static class IntakeSummary
{
    /// <summary>One row per application: its verdict, its failed and warned checks, and how many changes were written for it.</summary>
    public static string Render(IReadOnlyList<(IssueSnapshot Issue, IntakeReport Report, int Writes)> applications) =>
        Template.Load("intake-summary").Render(new Dictionary<string, object?>
        {
            ["complete"] = applications.Count(a => a.Report.Verdict == IntakeVerdict.Complete),
            ["applications"] = applications.Select(a => Template.Record(
                ("number", a.Issue.Number),
                ("title", a.Issue.Title),
                ("verdict", a.Report.VerdictText),
                ("fails", a.Report.Problems.Count(p => p.Status == "fail")),
                ("warnings", a.Report.Problems.Count(p => p.Status != "fail")),
                ("writes", a.Writes))),
        });
}
