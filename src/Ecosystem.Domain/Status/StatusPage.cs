using System.Globalization;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Status;

/// <summary>
/// The status page as one self-contained HTML file (<c>Templates/status-page.html</c> with its style sheet inlined):
/// no script, font or other file, so it works from <c>file://</c> and its Content-Security-Policy forbids loading
/// anything. The template holds every row, list and section and escapes every text from GitHub with its <c>html</c>
/// and <c>url</c> filters (a title cut at 160 characters with an ellipsis); this class only chooses and words the
/// values. Rows carry <c>data-</c> attributes that name the issue, stage and expected session for machines.
/// Reviewers are shown with their session, which keeps the queue's table narrow enough for a phone.
/// </summary>
public static class StatusPage
{
    public static string Render(StatusReport report, int batchSize, ReviewOrder order = ReviewOrder.ReturningFirst)
    {
        ArgumentNullException.ThrowIfNull(report);
        var repositoryName = Uri.TryCreate(report.RepositoryUrl, UriKind.Absolute, out var repository) ? repository.AbsolutePath.Trim('/') : report.RepositoryUrl;
        return Template.Load("status-page.html").Render(new Dictionary<string, object?>
        {
            ["style"] = Template.Load("status-page.css").Render().TrimEnd('\n'),
            ["generated_iso"] = report.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["generated"] = report.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            ["repository_url"] = report.RepositoryUrl,
            ["repository_name"] = repositoryName,
            ["time_zone"] = report.TimeZone,
            ["batch_size"] = batchSize,
            ["returning_first"] = order == ReviewOrder.ReturningFirst,
            ["applications"] = report.Applications.Select(a => Template.Record(
                ("number", a.Number),
                ("title", a.Title),
                ("url", a.Url),
                ("stage_id", StatusText.StageId(a.Stage)),
                ("stage", StatusText.Stage(a.Stage)),
                ("expected_date", a.ExpectedSession is { } d ? SessionText.Date(d) : string.Empty),
                ("place", a.Position),
                ("expected", StatusText.Expected(a)))),
            ["sessions"] = report.Sessions.Select(s => Template.Record(
                ("date", SessionText.Date(s.Date)),
                ("day", SessionText.Words(s.Date)),
                ("reviewers", s.Reviewers),
                ("batch", s.Batch.Select(a => Template.Record(
                    ("number", a.Number),
                    ("title", a.Title),
                    ("url", a.Url),
                    ("state", a.Stage == ApplicationStage.Scheduled ? "scheduled" : "expected")))))),
            ["decisions"] = report.Decisions.Select(d => Template.Record(
                ("number", d.Number),
                ("title", d.Title),
                ("url", d.Url),
                ("outcome", d.Outcome),
                ("decided", SessionText.Date(d.DecidedOn)),
                ("session", d.Session is { } s ? SessionText.Date(s) : "not recorded"))),
            ["figures"] = report.Figures.Select(f => Template.Record(
                ("id", f.Id),
                ("name", f.Name),
                ("definition", f.Definition),
                ("median", StatusText.Days(f.Median)),
                ("p90", StatusText.Days(f.Percentile90)),
                ("measured", f.Measurements.Count),
                ("chart", SvgChart.Lines($"figure-{f.Id}-chart", f.Name + " per month, in days", Description(f), f.Months)),
                ("months", f.Months.Select(m => Template.Record(
                    ("month", StatusText.Month(m.Month)),
                    ("count", m.Count),
                    ("median", StatusText.Days(m.Median)),
                    ("p90", StatusText.Days(m.Percentile90))))))),
            ["reviewed_chart"] = SvgChart.Bars("figure-reviewed-chart", "Applications reviewed per session", Description(report.ReviewedPerSession), report.ReviewedPerSession),
            ["reviewed"] = report.ReviewedPerSession.Select(s => Template.Record(("date", SessionText.Date(s.Date)), ("count", s.Reviewed))),
        });
    }

    /// <summary>A chart's text alternative: the numbers it draws, in one sentence.</summary>
    private static string Description(ProcessFigure figure)
    {
        var measured = figure.Months.Where(m => m.Count > 0).ToList();
        return measured.Count == 0
            ? $"No measurement of {figure.Name.ToLowerInvariant()} in the last 12 months."
            : $"{figure.Name} per month, {StatusText.Month(figure.Months[0].Month)} to {StatusText.Month(figure.Months[^1].Month)}: "
              + string.Join("; ", measured.Select(m => $"{StatusText.Month(m.Month)} median {StatusText.Days(m.Median)} days, 90th percentile {StatusText.Days(m.Percentile90)} days"))
              + ". Months without a line had no measurement.";
    }

    private static string Description(IReadOnlyList<SessionCount> sessions) => sessions.Count == 0
        ? "No review session in the last 12 months."
        : "Applications reviewed per session: " + string.Join("; ", sessions.Select(s => $"{SessionText.Date(s.Date)}: {s.Reviewed}")) + ".";
}
