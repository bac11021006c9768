using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// What an intake check tells the job: the log line of each issue, the summary of an issue that is no application, and
/// the step summary over every open application (the <c>intake-summary</c> template).
/// </summary>
public static class IntakeSummary
{
    /// <summary>One issue's line in the job log: its verdict and how many changes were written for it.</summary>
    public static string LogLine(IssueSnapshot issue, IntakeReport report, int writes) =>
        report.Verdict == IntakeVerdict.NotAnApplication
            ? $"#{issue.Number} is not an application; left alone."
            : $"#{issue.Number} {issue.Title}: {report.VerdictText}; {writes} change(s).";

    /// <summary>The step summary of one issue that is no application, in place of a report.</summary>
    public static string NotAnApplication(int issueNumber) =>
        $"#{issueNumber} is not an application (no form questions, no template title, no application label): nothing was done.";

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
