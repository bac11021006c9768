using System.Globalization;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Status;

/// <summary>
/// The page's charts, drawn as inline SVG from <c>Templates/status-chart.svg</c> (no script, no library): scaled to the
/// width of the page, each an image with a title and a text alternative (<c>role="img"</c>, <c>aria-labelledby</c>);
/// the numbers are in a table beside it. This class only places the marks.
/// </summary>
internal static class SvgChart
{
    private const double Width = 640, Height = 260, Left = 48, Right = 16, Top = 16, Bottom = 36;

    /// <summary>The least distance between the centres of two dates under the bars: "Mon dd" in the 11-pixel font is about 36 wide.</summary>
    private const double LabelGap = 44;

    /// <summary>A figure's monthly median (solid) and 90th percentile (dashed), gaps where a month has no measurement.</summary>
    public static string Lines(string figureId, string name, IReadOnlyList<MonthlyFigure> months)
    {
        var max = NiceMaximum(months.SelectMany(m => new[] { m.Median, m.Percentile90 }).OfType<double>().DefaultIfEmpty(0).Max());
        var step = (Width - Left - Right) / Math.Max(1, months.Count - 1);
        double X(int i) => Left + (i * step);
        IReadOnlyDictionary<string, object?> Series(Func<MonthlyFigure, double?> value, string colour, bool dashed) => Template.Record(
            ("colour", colour),
            ("dashed", dashed),
            ("points", months.Select((m, i) => (Value: value(m), Joined: i > 0 && value(months[i - 1]) is not null, X: X(i)))
                .Where(p => p.Value is not null)
                .Select(p => Template.Record(("x", N(p.X)), ("y", N(Y(p.Value.GetValueOrDefault(), max))), ("joined", p.Joined)))));

        var measured = months.Where(m => m.Count > 0).ToList();
        var description = measured.Count == 0
            ? $"No measurement of {name.ToLowerInvariant()} in the last 12 months."
            : $"{name} per month, {StatusText.Month(months[0].Month)} to {StatusText.Month(months[^1].Month)}: "
              + string.Join("; ", measured.Select(m => $"{StatusText.Month(m.Month)} median {StatusText.Days(m.Median)} days, 90th percentile {StatusText.Days(m.Percentile90)} days"))
              + ". Months without a line had no measurement.";
        return Render($"figure-{figureId}-chart", name + " per month, in days", description, max, [], months.Select((m, i) => Template.Record(("x", N(X(i))), ("text", StatusText.ShortMonth(m.Month)))),
            [Series(m => m.Percentile90, "#8a3b12", dashed: true), Series(m => m.Median, "#0b5394", dashed: false)]);
    }

    /// <summary>One bar per session: how many applications it reviewed; a date under every bar that leaves room, counted back from the latest.</summary>
    public static string Bars(string id, string title, IReadOnlyList<(DateOnly Date, int Reviewed)> sessions)
    {
        var description = sessions.Count == 0
            ? "No review session in the last 12 months."
            : "Applications reviewed per session: " + string.Join("; ", sessions.Select(s => $"{SessionText.Date(s.Date)}: {s.Reviewed}")) + ".";
        var max = NiceMaximum(sessions.Select(s => (double)s.Reviewed).DefaultIfEmpty(0).Max());
        var slot = (Width - Left - Right) / Math.Max(1, sessions.Count);
        var labelEvery = (int)Math.Ceiling(LabelGap / slot);
        var bars = sessions.Select((s, i) => (Session: s, X: Left + (i * slot) + (slot * 0.2), Height: (Height - Top - Bottom) * s.Reviewed / max,
                Labelled: (sessions.Count - 1 - i) % labelEvery == 0))
            .Select(b => Template.Record(
                ("x", N(b.X)),
                ("y", N(Height - Bottom - b.Height)),
                ("width", N(slot * 0.6)),
                ("height", N(b.Height)),
                ("label_x", N(b.X + (slot * 0.3))),
                ("label", b.Labelled ? b.Session.Date.ToString("MMM d", CultureInfo.InvariantCulture) : null)));
        return Render(id, title, description, max, bars, [], []);
    }

    private static string Render(
        string id, string title, string description, double max, IEnumerable<object> bars, IEnumerable<object> labels, IEnumerable<object> series) =>
        Template.Load("status-chart.svg").Render(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["title"] = title,
            ["description"] = description,
            ["width"] = N(Width),
            ["height"] = N(Height),
            ["left"] = N(Left),
            ["right"] = N(Width - Right),
            ["axis_y"] = N(Height - 12),
            // Four horizontal grid lines with their values on the left axis.
            ["grid"] = Enumerable.Range(0, 5).Select(i => Template.Record(
                ("y", N(Y(max * i / 4, max))), ("label_x", N(Left - 6)), ("label_y", N(Y(max * i / 4, max) + 4)), ("value", HtmlText.Number(max * i / 4)))),
            ["bars"] = bars,
            ["labels"] = labels,
            ["series"] = series,
        }).TrimEnd('\n');

    private static double Y(double value, double max) => Top + ((Height - Top - Bottom) * (1 - (value / max)));

    /// <summary>
    /// A round top for the axis: four grid steps of 1, 2 or 5 times a power of ten, at least 1, so every grid line stands
    /// at a whole number (a top of 1 or 5 put lines at 0.25 or 1.25 and labelled them 0.2 or 1.2).
    /// </summary>
    private static double NiceMaximum(double value)
    {
        var quarter = Math.Max(1, value / 4);
        var power = Math.Pow(10, Math.Floor(Math.Log10(quarter)));
        return 4 * new[] { 1, 2, 5, 10 }.Select(f => f * power).First(step => step >= quarter);
    }

    private static string N(double value) => HtmlText.Number(value);
}
