using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Status;

/// <summary>
/// Everything the status page shows, computed once by <see cref="StatusReportBuilder"/> as the model both its templates
/// read: the page, one self-contained HTML file (<c>Templates/status-page.html</c> with its style sheet inlined: no
/// script, font or other file, so it works from <c>file://</c> and its Content-Security-Policy forbids loading
/// anything), and the step summary (<c>Templates/status-summary.md</c>: only numbers and the program's own words, no
/// text from GitHub). The templates hold every row, list and section and escape every text from GitHub with their
/// <c>html</c> and <c>url</c> filters (a title cut at 160 characters with an ellipsis). Rows carry <c>data-</c>
/// attributes that name the issue, stage and expected session for machines. Reviewers are shown with their session,
/// which keeps the queue's table narrow enough for a phone.
/// </summary>
public sealed class StatusReport(IReadOnlyDictionary<string, object?> model)
{
    /// <summary>The rows of one of the model's lists: <c>applications</c>, <c>sessions</c>, <c>decisions</c>, <c>figures</c>, <c>reviewed</c>.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows(string list) =>
        (IReadOnlyList<IReadOnlyDictionary<string, object?>>?)model[list] ?? [];

    public string Page() => Template.Load("status-page.html").Render(model);

    public string Summary() => Template.Load("status-summary").Render(model);
}
