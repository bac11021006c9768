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
    public static string Render(IntakeReport report, ApplicationForm form)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(form);
        return report.Verdict switch
        {
            IntakeVerdict.LostForm => Template.Load("intake-lost-form").Render(new Dictionary<string, object?>
            {
                ["form_name"] = MarkdownText.Inline(form.Name),
                ["questions"] = MarkdownText.CodeBlock(form.Fields.Where(f => f.Required).SelectMany(f => (string[])["### " + f.Label, ""]).SkipLast(1)),
            }),
            IntakeVerdict.NotAnApplication => throw new InvalidOperationException($"Issue {report.IssueNumber} is not an application; intake posts nothing on it."),
            _ => RenderReport(report),
        };
    }

    private static string RenderReport(IntakeReport report)
    {
        return Template.Load("intake-report").Render(new Dictionary<string, object?>
        {
            ["verdict"] = Headline(report).TrimEnd('\n'),
            ["problems"] = Problems(report),
            ["links"] = Links(report),
            ["checklist"] = Checklist(report),
        });
    }

    /// <summary>
    /// Three states, each agreeing with the lines below it: incomplete (the ❌ lines under Problems, by place),
    /// complete with measured requirements not met (the ❌ rows, by number), or complete with nothing ❌ at all.
    /// </summary>
    private static string Headline(IntakeReport report)
    {
        var places = report.PlacesToFix;
        var unmet = report.UnmetRequirements;
        var unmetNames = string.Join(", ", unmet.Select(u => $"requirement {N(u.Requirement.Number)} ({MarkdownText.Inline(u.Title, 120)})"));
        if (places.Count > 0)
        {
            return Template.Load("intake-verdict-incomplete").Render(new Dictionary<string, object?>
            {
                ["count"] = Plural(places.Count, "question", "questions"),
                ["places"] = string.Join("; ", places.Select(p => "\u201c" + MarkdownText.Inline(p, 200) + "\u201d")),
                ["unmet"] = unmet.Count == 0 ? string.Empty : $" Also not met: {unmetNames}.",
            });
        }

        return unmet.Count > 0
            ? Template.Load("intake-verdict-unmet").Render(new Dictionary<string, object?>
            {
                ["count"] = Plural(unmet.Count, "requirement", "requirements"),
                ["requirements"] = unmetNames,
            })
            : Template.Load("intake-verdict-complete").Render();
    }

    private static string Problems(IntakeReport report)
    {
        // A requirement's own result is its checklist row; only blocking failures and the form's warnings about it
        // are repeated here, so every ❌ line is a question to fix.
        var lines = report.Findings
            .Where(f => f.Status is FindingStatus.Fail or FindingStatus.Warning || (f.Status == FindingStatus.Skipped && f.Requirement is null))
            .Where(f => f.Requirement is null || f.Blocking || (f.Status == FindingStatus.Warning && f.Check.StartsWith("form.", StringComparison.Ordinal)))
            .Select(f =>
            {
                var text = f.Status == FindingStatus.Skipped ? "Not checked: " + f.Message + "." : f.Message;
                var symbol = f.Status == FindingStatus.Fail && !f.Blocking ? Symbol(FindingStatus.Warning) : Symbol(f.Status);
                var line = $"- {symbol} **{MarkdownText.Inline(f.Where, 200)}**: {MarkdownText.Inline(text, 600)}";
                line = f.SuggestedHeading is { } heading ? line + " " + MarkdownText.CodeSpan(heading) : line;
                return f.Link is { } link && IsSafeLink(link) ? line + " " + link : line;
            })
            .ToList();
        return lines.Count == 0 ? "No problems found." : string.Join("\n", lines);
    }

    private static string Links(IntakeReport report) =>
        report.Links.Count == 0
            ? "No links found in the answers."
            : string.Join("\n", report.Links.Select(l => $"- **{MarkdownText.Inline(l.Question, 200)}**: {MarkdownText.Inline(l.Address, 300)}"));

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Plural(int n, string one, string many) => N(n) + " " + (n == 1 ? one : many);

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
