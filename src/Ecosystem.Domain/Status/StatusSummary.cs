using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Status;

/// <summary>
/// The step summary of a <c>status-page</c> run: the same figures as the page, as Markdown tables, and a Mermaid
/// chart of the monthly medians. Only numbers and the program's own words go in: no text from GitHub.
/// </summary>
public static class StatusSummary
{
    public static string Render(StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var figures = report.Figures;
        var months = figures.Count == 0 ? [] : figures[0].Months;
        return Template.Load("status-summary").Render(new Dictionary<string, object?>
        {
            ["today"] = SessionText.Date(report.Today),
            ["time_zone"] = report.TimeZone,
            ["open"] = report.Applications.Count,
            ["stages"] = Enum.GetValues<ApplicationStage>()
                .Select(stage => (stage, count: report.Applications.Count(a => a.Stage == stage)))
                .Where(s => s.count > 0)
                .Select(s => Template.Record(("stage", StatusText.Stage(s.stage).ToLowerInvariant()), ("count", s.count))),
            ["sessions"] = report.Sessions.Count,
            ["decisions"] = report.Decisions.Count,
            ["figures"] = figures.Select(f => Template.Record(
                ("name", f.Name),
                ("name_lower", f.Name.ToLowerInvariant()),
                ("median", StatusText.Days(f.Median)),
                ("p90", StatusText.Days(f.Percentile90)),
                ("measured", f.Measurements.Count),
                ("line", f.Months.Select(m => HtmlText.Number(m.Median ?? 0))))),
            ["months"] = months.Select((m, i) => Template.Record(
                ("month", StatusText.Month(m.Month)),
                ("short", StatusText.ShortMonth(m.Month)),
                ("medians", figures.Select(f => StatusText.Days(f.Months[i].Median))))),
            // A Mermaid xychart of the monthly medians, one line per figure; a month without data draws as 0.
            ["chart"] = figures.Count > 0 && figures.Any(f => f.Measurements.Count > 0),
            ["reviewed"] = report.ReviewedPerSession.Select(s => Template.Record(("date", SessionText.Date(s.Date)), ("count", s.Reviewed))),
        });
    }
}
