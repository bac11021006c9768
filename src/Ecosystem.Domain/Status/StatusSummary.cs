using System.Globalization;
using System.Text;
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
        return Template.Load("status-summary").Render(new Dictionary<string, object?>
        {
            ["today"] = StatusText.Date(report.Today) + " (" + MarkdownText.Inline(report.TimeZone, 100) + ")",
            ["counts"] = Counts(report),
            ["figures"] = Figures(report.Figures),
            ["months"] = Months(report.Figures),
            ["chart"] = Chart(report.Figures),
            ["reviewed"] = report.ReviewedPerSession.Count == 0
                ? "_No review session in the last 12 months._"
                : "| Session | Reviewed |\n|---|---:|\n" + string.Join("\n", report.ReviewedPerSession.Select(s => $"| {StatusText.Date(s.Date)} | {StatusText.Count(s.Reviewed)} |")),
        });
    }

    private static string Counts(StatusReport report)
    {
        var stages = Enum.GetValues<ApplicationStage>()
            .Select(stage => (stage, count: report.Applications.Count(a => a.Stage == stage)))
            .Where(s => s.count > 0)
            .Select(s => $"{StatusText.Stage(s.stage).ToLowerInvariant()}: {StatusText.Count(s.count)}");
        var text = $"{StatusText.Count(report.Applications.Count)} open application(s)";
        text += report.Applications.Count == 0 ? "." : " (" + string.Join(", ", stages) + ").";
        return text + $" {StatusText.Count(report.Sessions.Count)} coming session(s); {StatusText.Count(report.Decisions.Count)} decision(s) in the last 12 months.";
    }

    private static string Figures(IReadOnlyList<ProcessFigure> figures)
    {
        var sb = new StringBuilder("| Figure | Median | 90th percentile | Measured |\n|---|---:|---:|---:|\n");
        foreach (var f in figures)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {f.Name} | {StatusText.Days(f.Median)} | {StatusText.Days(f.Percentile90)} | {f.Measurements.Count} |\n");
        }

        return sb.ToString().TrimEnd('\n');
    }

    private static string Months(IReadOnlyList<ProcessFigure> figures)
    {
        if (figures.Count == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder("| Month | " + string.Join(" | ", figures.Select(f => f.Name)) + " |\n|---|" + string.Concat(figures.Select(_ => "---:|")) + "\n");
        for (var i = 0; i < figures[0].Months.Count; i++)
        {
            sb.Append("| ").Append(StatusText.Month(figures[0].Months[i].Month)).Append(" | ")
              .Append(string.Join(" | ", figures.Select(f => StatusText.Days(f.Months[i].Median)))).Append(" |\n");
        }

        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>A Mermaid xychart of the monthly medians, one line per figure; a month without data draws as 0.</summary>
    private static string Chart(IReadOnlyList<ProcessFigure> figures)
    {
        if (figures.Count == 0 || figures.All(f => f.Measurements.Count == 0))
        {
            return string.Empty;
        }

        var months = figures[0].Months;
        var sb = new StringBuilder("```mermaid\nxychart-beta\n    title \"Median days per month: ")
            .Append(string.Join(", ", figures.Select((f, i) => $"line {i + 1} {f.Name.ToLowerInvariant()}")))
            .Append("\"\n    x-axis [")
            .Append(string.Join(", ", months.Select(m => "\"" + StatusText.ShortMonth(m.Month) + "\"")))
            .Append("]\n    y-axis \"days\"\n");
        foreach (var f in figures)
        {
            sb.Append("    line [").Append(string.Join(", ", f.Months.Select(m => HtmlText.Number(m.Median ?? 0)))).Append("]\n");
        }

        return sb.Append("```").ToString();
    }
}
