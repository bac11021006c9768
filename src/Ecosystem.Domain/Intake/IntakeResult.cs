using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// Intake of one issue: its report, the plan and how many changes were written; and what an intake check tells the job:
/// why an issue is left alone, each issue's log line, the step summary of one issue and over every open application.
/// </summary>
public sealed record IntakeResult(IssueSnapshot Issue, IntakeReport Report, IssuePlan Plan, int Writes)
{
    /// <summary>
    /// The most characters the <c>problems</c> output takes: GitHub takes at most 1 MB of a job's outputs, counted in
    /// UTF-16 (two bytes a character), and the report output beside it takes up to a comment's length.
    /// </summary>
    public const int ProblemsBudget = 400_000;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Empty when the issue is not an application.</summary>
    public string Markdown => Plan.Comments.FirstOrDefault()?.Body ?? string.Empty;

    public bool IsApplication => Report.Verdict != IntakeVerdict.NotAnApplication;

    public bool IsValid => Report.Verdict == IntakeVerdict.Complete;

    public string LogLine => IsApplication
        ? $"#{Issue.Number} {Issue.Title}: {Report.VerdictText}; {Counted.Of(Writes, "change")}."
        : $"#{Issue.Number} is not an application; left alone.";

    /// <summary>Its report as posted, or why nothing was done.</summary>
    public string Summary => IsApplication
        ? Markdown.TrimEnd('\n')
        : $"#{Issue.Number} is not an application (no form questions, no template title, no application label): nothing was done.";

    /// <summary>The <c>problems</c> output of one issue.</summary>
    public string Problems => Fitted(shown => Report.ProblemList(shown));

    /// <summary>The <c>problems</c> output of <c>validate --issue all</c>, by issue number, fitted as one.</summary>
    public static string ProblemsByIssue(IReadOnlyList<IntakeResult> applications) => Fitted(shown =>
    {
        var problems = new JsonObject();
        foreach (var application in applications)
        {
            problems[application.Issue.Number.ToString(CultureInfo.InvariantCulture)] = application.Report.ProblemList(shown);
        }

        return problems;
    });

    /// <summary>Why intake leaves <paramref name="issue"/> alone (GitHub serves pull requests on its issue routes too), or null to check it.</summary>
    public static string? WhyLeftAlone(IssueSnapshot issue) =>
        issue.IsPullRequest ? $"#{issue.Number} is a pull request; intake checks application issues only."
        : issue.IsOpen ? null : $"#{issue.Number} is closed; intake checks open issues only (reopening it runs the check).";

    /// <summary>Why the run of this event checks nothing, or null to check it.</summary>
    public static string? WhyNotOnEvent(IssueSnapshot issue, string eventName, string? action) =>
        issue.IsPullRequest ? WhyLeftAlone(issue)
        : eventName == "issues" && action is "opened" or "edited" or "reopened" ? null
        : $"Intake runs when an issue is opened, edited or reopened; this event is {eventName}.{action ?? "(no action)"}.";

    // As the report comment is fitted into a comment.
    private static string Fitted(Func<int, JsonNode> problems) =>
        IntakeAssessor.Fitted(ProblemsBudget, shown => problems(shown).ToJsonString(Json));

    /// <summary>"1 application was checked", as a warning about the board begins.</summary>
    public static string Checked(IReadOnlyList<IntakeResult> results) =>
        Counted.Of(results.Count(r => r.IsApplication), "application was", "applications were") + " checked";

    /// <summary>One row per application.</summary>
    public static string Summarize(IReadOnlyList<IntakeResult> applications) =>
        Template.Load("intake-summary").Render(new Dictionary<string, object?>
        {
            ["complete"] = applications.Count(a => a.IsValid),
            ["applications"] = applications.Select(a => Template.Record(
                ("number", a.Issue.Number),
                ("title", a.Issue.Title),
                ("verdict", a.Report.VerdictText),
                ("fails", a.Report.Findings.Count(f => f.Status == FindingStatus.Fail)),
                ("warnings", a.Report.Findings.Count(f => f.Status == FindingStatus.Warning)),
                ("writes", a.Writes))),
        });
}
