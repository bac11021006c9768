using System.Globalization;
using System.Text;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Status;

/// <summary>
/// The status page as one self-contained HTML file (<c>Templates/status-page.html</c> with its style sheet inlined):
/// no script, font or other file, so it works from <c>file://</c> and its Content-Security-Policy forbids loading
/// anything. Every text from GitHub goes through <see cref="HtmlText"/>; rows carry <c>data-</c> attributes that
/// name the issue, stage and expected session for machines. Reviewers are shown with their session, which keeps
/// the queue's table narrow enough for a phone.
/// </summary>
public static class StatusPage
{
    /// <summary>The longest title shown; the rest is cut with an ellipsis.</summary>
    public const int TitleLength = 160;

    public static string Render(StatusReport report, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(report);
        var repositoryName = Uri.TryCreate(report.RepositoryUrl, UriKind.Absolute, out var repository) ? repository.AbsolutePath.Trim('/') : report.RepositoryUrl;
        return Template.Load("status-page.html").Render(new Dictionary<string, object?>
        {
            ["style"] = Template.Load("status-page.css").Render().TrimEnd('\n'),
            ["generated_iso"] = report.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["generated"] = report.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            ["repository_url"] = HtmlText.Url(report.RepositoryUrl),
            ["repository_name"] = HtmlText.Inline(repositoryName, 200),
            ["time_zone"] = HtmlText.Inline(report.TimeZone, 100),
            ["batch_size"] = StatusText.Count(batchSize),
            ["application_count"] = StatusText.Count(report.Applications.Count),
            ["applications"] = Applications(report.Applications),
            ["sessions"] = Sessions(report.Sessions),
            ["decision_count"] = StatusText.Count(report.Decisions.Count),
            ["decisions"] = Decisions(report.Decisions),
            ["figures_table"] = FiguresTable(report.Figures),
            ["figures"] = string.Join("\n", report.Figures.Select(Figure)) + "\n" + Reviewed(report.ReviewedPerSession),
        });
    }

    private static string Applications(IReadOnlyList<ApplicationStatus> applications)
    {
        if (applications.Count == 0)
        {
            return "<p>No application is open.</p>";
        }

        var sb = TableStart("queue-table", "Open applications, in queue order within each stage",
            "<th scope=\"col\">Application</th><th scope=\"col\">Stage</th><th scope=\"col\" class=\"num\">Place</th><th scope=\"col\">Expected session</th>");
        foreach (var a in applications)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr data-issue=\"{a.Number}\" data-stage=\"{StatusText.StageId(a.Stage)}\" data-expected=\"{(a.ExpectedSession is { } d ? StatusText.Date(d) : string.Empty)}\">")
              .Append(CultureInfo.InvariantCulture, $"<th scope=\"row\">{Link(a.Number, a.Title, a.Url)}</th>")
              .Append(CultureInfo.InvariantCulture, $"<td class=\"stage\">{StatusText.Stage(a.Stage)}</td>")
              .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{(a.Position is { } p ? StatusText.Count(p) : "—")}</td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{StatusText.Expected(a)}</td></tr>\n");
        }

        return TableEnd(sb);
    }

    private static string Sessions(IReadOnlyList<SessionStatus> sessions)
    {
        if (sessions.Count == 0)
        {
            return "<p>No review session is in the calendar.</p>";
        }

        var sb = new StringBuilder();
        foreach (var session in sessions)
        {
            var id = "session-" + StatusText.Date(session.Date);
            sb.Append(CultureInfo.InvariantCulture, $"<section class=\"session\" data-session=\"{StatusText.Date(session.Date)}\" aria-labelledby=\"{id}\">\n")
              .Append(CultureInfo.InvariantCulture, $"<h3 id=\"{id}\">{session.StartsAt.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}</h3>\n")
              .Append(CultureInfo.InvariantCulture, $"<p>{StatusText.Count(session.Batch.Count)} application(s). Reviewers: {People(session.Reviewers)}.</p>\n");
            if (session.Batch.Count > 0)
            {
                sb.Append("<ol>\n");
                foreach (var a in session.Batch)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"<li data-issue=\"{a.Number}\">{Link(a.Number, a.Title, a.Url)} ({(a.Stage == ApplicationStage.Scheduled ? "scheduled" : "expected")})</li>\n");
                }

                sb.Append("</ol>\n");
            }

            sb.Append("</section>\n");
        }

        return sb.ToString().TrimEnd('\n');
    }

    private static string Decisions(IReadOnlyList<Decision> decisions)
    {
        if (decisions.Count == 0)
        {
            return "<p>No decision in the last 12 months.</p>";
        }

        var sb = TableStart("decisions-table", "Decisions, newest first",
            "<th scope=\"col\">Application</th><th scope=\"col\">Outcome</th><th scope=\"col\">Decided</th><th scope=\"col\">Session</th>");
        foreach (var d in decisions)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr data-issue=\"{d.Number}\">")
              .Append(CultureInfo.InvariantCulture, $"<th scope=\"row\">{Link(d.Number, d.Title, d.Url)}</th>")
              .Append(CultureInfo.InvariantCulture, $"<td>{HtmlText.Inline(d.Outcome, 100)}</td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{StatusText.Date(d.DecidedOn)}</td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{(d.Session is { } s ? StatusText.Date(s) : "not recorded")}</td></tr>\n");
        }

        return TableEnd(sb);
    }

    private static string FiguresTable(IReadOnlyList<ProcessFigure> figures)
    {
        var sb = TableStart("figures-table", "Process figures over the last 12 months, in days",
            "<th scope=\"col\">Figure</th><th scope=\"col\" class=\"num\">Median</th><th scope=\"col\" class=\"num\">90th percentile</th><th scope=\"col\" class=\"num\">Applications measured</th>");
        foreach (var f in figures)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr data-figure=\"{f.Id}\"><th scope=\"row\"><a href=\"#figure-{f.Id}\">{f.Name}</a></th>")
              .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{StatusText.Days(f.Median)}</td><td class=\"num\">{StatusText.Days(f.Percentile90)}</td><td class=\"num\">{StatusText.Count(f.Measurements.Count)}</td></tr>\n");
        }

        return TableEnd(sb);
    }

    private static string Figure(ProcessFigure figure)
    {
        var id = "figure-" + figure.Id;
        var measured = figure.Months.Where(m => m.Count > 0).ToList();
        var description = measured.Count == 0
            ? $"No measurement of {figure.Name.ToLowerInvariant()} in the last 12 months."
            : $"{figure.Name} per month, {StatusText.Month(figure.Months[0].Month)} to {StatusText.Month(figure.Months[^1].Month)}: "
              + string.Join("; ", measured.Select(m => $"{StatusText.Month(m.Month)} median {StatusText.Days(m.Median)} days, 90th percentile {StatusText.Days(m.Percentile90)} days"))
              + ". Months without a line had no measurement.";
        var sb = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\" class=\"figure\" data-figure=\"{figure.Id}\" aria-labelledby=\"{id}-heading\">\n")
            .Append(CultureInfo.InvariantCulture, $"<h3 id=\"{id}-heading\">{figure.Name}</h3>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{HtmlText.Inline(figure.Definition)} Median {StatusText.Days(figure.Median)} days, 90th percentile {StatusText.Days(figure.Percentile90)} days, over {StatusText.Count(figure.Measurements.Count)} application(s).</p>\n")
            .Append("<figure>\n")
            .Append(SvgChart.Lines(id + "-chart", figure.Name + " per month, in days", description, figure.Months)).Append('\n')
            .Append("<figcaption><ul class=\"legend\"><li><span class=\"swatch\"></span>Median</li><li><span class=\"swatch p90\"></span>90th percentile</li></ul></figcaption>\n")
            .Append("</figure>\n");
        var table = TableStart(id + "-table", figure.Name + " per month, in days",
            "<th scope=\"col\">Month</th><th scope=\"col\" class=\"num\">Measured</th><th scope=\"col\" class=\"num\">Median</th><th scope=\"col\" class=\"num\">90th percentile</th>");
        foreach (var m in figure.Months)
        {
            table.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{StatusText.Month(m.Month)}</th><td class=\"num\">{StatusText.Count(m.Count)}</td><td class=\"num\">{StatusText.Days(m.Median)}</td><td class=\"num\">{StatusText.Days(m.Percentile90)}</td></tr>\n");
        }

        return sb.Append(TableEnd(table)).Append("\n</section>").ToString();
    }

    private static string Reviewed(IReadOnlyList<SessionCount> sessions)
    {
        const string Id = "figure-reviewed";
        var description = sessions.Count == 0
            ? "No review session in the last 12 months."
            : "Applications reviewed per session: " + string.Join("; ", sessions.Select(s => $"{StatusText.Date(s.Date)}: {StatusText.Count(s.Reviewed)}")) + ".";
        var sb = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<section id=\"{Id}\" class=\"figure\" data-figure=\"reviewed\" aria-labelledby=\"{Id}-heading\">\n")
            .Append(CultureInfo.InvariantCulture, $"<h3 id=\"{Id}-heading\">Applications reviewed per session</h3>\n")
            .Append("<figure>\n")
            .Append(SvgChart.Bars(Id + "-chart", "Applications reviewed per session", description, sessions)).Append('\n')
            .Append("</figure>\n");
        var table = TableStart(Id + "-table", "Applications reviewed per session",
            "<th scope=\"col\">Session</th><th scope=\"col\" class=\"num\">Applications reviewed</th>");
        foreach (var s in sessions)
        {
            table.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{StatusText.Date(s.Date)}</th><td class=\"num\">{StatusText.Count(s.Reviewed)}</td></tr>\n");
        }

        return sb.Append(TableEnd(table)).Append("\n</section>").ToString();
    }

    /// <summary>A table in a scrollable region: a wide table scrolls inside it, never the page.</summary>
    private static StringBuilder TableStart(string id, string caption, string headers) =>
        new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"{id}-caption\" tabindex=\"0\">\n")
            .Append(CultureInfo.InvariantCulture, $"<table id=\"{id}\">\n<caption id=\"{id}-caption\">{caption}</caption>\n<thead><tr>{headers}</tr></thead>\n<tbody>\n");

    private static string TableEnd(StringBuilder sb) => sb.Append("</tbody>\n</table>\n</div>").ToString();

    private static string Link(int number, string title, string url) =>
        string.Create(CultureInfo.InvariantCulture, $"<a href=\"{HtmlText.Url(url)}\">#{number}</a> {HtmlText.Inline(title, TitleLength)}");

    private static string People(IReadOnlyList<string> logins) =>
        logins.Count == 0 ? "none assigned yet" : string.Join(", ", logins.Select(l => HtmlText.Inline(l, 60)));
}
