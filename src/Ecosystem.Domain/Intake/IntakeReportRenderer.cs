using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// Renders an <see cref="IntakeReport"/> as the one intake comment, from the <c>intake-report</c> template: this class
/// only chooses what is listed; the wording, the rows and the escaping of applicant text are the template's. The
/// output depends only on the report, so a re-run on an unchanged issue produces the identical comment.
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
                ["form_name"] = form.Name,
                ["questions"] = form.Fields.Where(f => f.Required).SelectMany(f => (string[])["### " + f.Label, ""]).SkipLast(1).ToList(),
            }),
            IntakeVerdict.NotAnApplication => throw new InvalidOperationException($"Issue {report.IssueNumber} is not an application; intake posts nothing on it."),
            _ => RenderReport(report),
        };
    }

    /// <summary>
    /// The headline has three states, each agreeing with the lines below it: incomplete (the ❌ lines under Problems,
    /// by place), complete with measured requirements not met (the ❌ rows, by number), or complete with nothing ❌.
    /// A requirement's own result is its checklist row; only blocking failures and the form's warnings about it are
    /// repeated under Problems, so every ❌ line there is a question to fix.
    /// </summary>
    private static string RenderReport(IntakeReport report) =>
        Template.Load("intake-report").Render(new Dictionary<string, object?>
        {
            ["places"] = report.PlacesToFix,
            ["unmet"] = report.UnmetRequirements.Select(u => Template.Record(("number", u.Requirement.Number), ("title", u.Requirement.Title))),
            ["problems"] = report.Findings
                .Where(f => f.Status is FindingStatus.Fail or FindingStatus.Warning || (f.Status == FindingStatus.Skipped && f.Requirement is null))
                .Where(f => f.Requirement is null || f.Blocking || (f.Status == FindingStatus.Warning && f.Check.StartsWith("form.", StringComparison.Ordinal)))
                .Select(f => Template.Record(
                    ("symbol", Symbol(f.Status == FindingStatus.Fail && !f.Blocking ? FindingStatus.Warning : f.Status)),
                    ("where", f.Where),
                    ("text", f.Text),
                    ("heading", f.SuggestedHeading),
                    ("link", f.Link is { } link && IsSafeLink(link) ? link : null))),
            ["links"] = report.Links.Select(l => Template.Record(("question", l.Question), ("address", l.Address))),
            ["checklist"] = report.Checklist.Select(c => Template.Record(("number", c.Requirement.Number), ("title", c.Requirement.Title), ("mark", Symbol(c.Mark)), ("detail", c.Detail))),
        });

    /// <summary>A finding's or a checklist row's symbol; a row left to reviewers (no status) has none.</summary>
    private static string Symbol(FindingStatus? status) => status switch
    {
        FindingStatus.Pass => "✅",
        FindingStatus.Fail => "❌",
        FindingStatus.Warning => "⚠️",
        null => "",
        _ => "➖",
    };

    /// <summary>Links come from GitHub (issue URLs); still, only plain https URLs are printed.</summary>
    private static bool IsSafeLink(string link) =>
        link.StartsWith("https://", StringComparison.Ordinal) && Uri.IsWellFormedUriString(link, UriKind.Absolute)
        && !link.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '(' or ')' or '[' or ']' or '"' or '|');
}
