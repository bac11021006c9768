using System.Globalization;
using System.Text;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// Renders an <see cref="IntakeReport"/> as the one intake comment, from the embedded templates.
/// Applicant text inside findings is neutralised here; the output depends only on the report, so a
/// re-run on an unchanged issue produces the identical comment.
/// </summary>
public static class IntakeReportRenderer
{
    public static string Render(IntakeReport report, IntakeRules rules, string formName = "Ecosystem Project application")
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rules);
        return report.Verdict switch
        {
            IntakeVerdict.LostForm => Template.Load("intake-lost-form").Render(new Dictionary<string, string>
            {
                ["form-name"] = MarkdownText.Inline(formName),
            }),
            IntakeVerdict.NotAnApplication => throw new InvalidOperationException($"Issue {report.IssueNumber} is not an application; intake posts nothing on it."),
            _ => RenderReport(report),
        };
    }

    private static string RenderReport(IntakeReport report)
    {
        var blocking = report.Findings.Count(f => f.Blocking && f.Status == FindingStatus.Fail);
        var verdict = report.Verdict == IntakeVerdict.Complete
            ? Template.Load("intake-verdict-complete").Render(new Dictionary<string, string>())
            : Template.Load("intake-verdict-incomplete").Render(new Dictionary<string, string> { ["count"] = blocking.ToString(CultureInfo.InvariantCulture) });

        return Template.Load("intake-report").Render(new Dictionary<string, string>
        {
            ["verdict"] = verdict.TrimEnd('\n'),
            ["problems"] = Problems(report),
            ["checklist"] = Checklist(report),
        });
    }

    private static string Problems(IntakeReport report)
    {
        var lines = report.Findings
            .Where(f => f.Status is FindingStatus.Fail or FindingStatus.Warning || (f.Status == FindingStatus.Skipped && f.Requirement is null))
            .Where(f => f.Requirement is null || f.Check.StartsWith("form.", StringComparison.Ordinal))
            .Select(f =>
            {
                var text = f.Status == FindingStatus.Skipped ? "Not checked: " + f.Message + "." : f.Message;
                var line = $"- {Symbol(f.Status)} **{MarkdownText.Inline(f.Where, 80)}**: {MarkdownText.Inline(text, 600)}";
                return f.Link is { } link && IsSafeLink(link) ? line + " " + link : line;
            })
            .ToList();
        return lines.Count == 0 ? "No problems found." : string.Join("\n", lines);
    }

    private static string Checklist(IntakeReport report)
    {
        var sb = new StringBuilder();
        foreach (var item in report.Checklist)
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(CultureInfo.InvariantCulture, $"| {item.Requirement.Number} | {MarkdownText.TableCell(item.Title)} | {Mark(item.Mark)} | {MarkdownText.TableCell(item.Detail, 600)} |");
        }

        return sb.ToString();
    }

    private static string Symbol(FindingStatus status) => status switch
    {
        FindingStatus.Pass => "✅",
        FindingStatus.Fail => "❌",
        FindingStatus.Warning => "⚠️",
        _ => "➖",
    };

    private static string Mark(ChecklistMark mark) => mark switch
    {
        ChecklistMark.Met => "✅",
        ChecklistMark.NotMet => "❌",
        ChecklistMark.Warning => "⚠️",
        ChecklistMark.NotChecked => "➖",
        _ => "",
    };

    /// <summary>Links come from GitHub (issue URLs); still, only plain https URLs are printed.</summary>
    private static bool IsSafeLink(string link) =>
        link.StartsWith("https://", StringComparison.Ordinal) && Uri.IsWellFormedUriString(link, UriKind.Absolute)
        && !link.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '(' or ')' or '[' or ']' or '"' or '|');
}
