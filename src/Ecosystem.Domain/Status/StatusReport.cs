using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Status;

/// <summary>
/// Everything the status page shows, computed once by <see cref="StatusReportBuilder"/> as the model both its templates
/// read: the page, one self-contained HTML file (its style sheet inlined, no script, font or other file, so it works from
/// <c>file://</c> under a Content-Security-Policy that loads nothing), and the step summary, which holds only numbers
/// and the program's own words. Reviewers are shown with their session, which keeps the queue's table narrow enough
/// for a phone.
/// </summary>
public sealed class StatusReport(IReadOnlyDictionary<string, object?> model)
{
    /// <summary>The rows of one of the model's lists: <c>applications</c>, <c>sessions</c>, <c>decisions</c>, <c>figures</c>, <c>reviewed</c>.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows(string list) =>
        (IReadOnlyList<IReadOnlyDictionary<string, object?>>?)model[list] ?? [];

    public string Page() => Template.Load("status-page.html").Render(model);

    public string Summary() => Template.Load("status-summary").Render(model);

    public string LogLine(int read) =>
        $"Read {Counted.Of(read, "application")}: {Rows("applications").Count} open, {Counted.Of(Rows("sessions").Count, "coming session")}, "
        + $"{Counted.Of(Rows("decisions").Count, "decision")} in the last {StatusReportBuilder.Months} months.";
}
