using System.Globalization;
using System.Text;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Status;

/// <summary>
/// The page's charts, drawn as inline SVG (no script, no library): scaled to the width of the page, each an image
/// with a title and a text alternative (<c>role="img"</c>, <c>aria-labelledby</c>); the numbers are in a table beside it.
/// </summary>
internal static class SvgChart
{
    private const double Width = 640, Height = 260, Left = 48, Right = 16, Top = 16, Bottom = 36;

    /// <summary>A figure's monthly median (solid) and 90th percentile (dashed), gaps where a month has no measurement.</summary>
    public static string Lines(string id, string title, string description, IReadOnlyList<MonthlyFigure> months)
    {
        var max = NiceMaximum(months.SelectMany(m => new[] { m.Median, m.Percentile90 }).OfType<double>().DefaultIfEmpty(0).Max());
        var step = (Width - Left - Right) / Math.Max(1, months.Count - 1);
        double X(int i) => Left + (i * step);
        double Y(double v) => Top + ((Height - Top - Bottom) * (1 - (v / max)));

        var sb = Open(id, title, description);
        Grid(sb, max);
        for (var i = 0; i < months.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(X(i))}\" y=\"{N(Height - 12)}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#4a4a4a\">{StatusText.ShortMonth(months[i].Month)}</text>\n");
        }

        Series(sb, months.Select(m => m.Percentile90).ToList(), X, Y, "#8a3b12", dashed: true);
        Series(sb, months.Select(m => m.Median).ToList(), X, Y, "#0b5394", dashed: false);
        return sb.Append("</svg>").ToString();
    }

    /// <summary>One bar per session: how many applications it reviewed.</summary>
    public static string Bars(string id, string title, string description, IReadOnlyList<SessionCount> sessions)
    {
        var max = NiceMaximum(sessions.Select(s => (double)s.Reviewed).DefaultIfEmpty(0).Max());
        var slot = (Width - Left - Right) / Math.Max(1, sessions.Count);
        var sb = Open(id, title, description);
        Grid(sb, max);
        for (var i = 0; i < sessions.Count; i++)
        {
            var height = (Height - Top - Bottom) * sessions[i].Reviewed / max;
            var x = Left + (i * slot) + (slot * 0.2);
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(Height - Bottom - height)}\" width=\"{N(slot * 0.6)}\" height=\"{N(height)}\" fill=\"#0b5394\"/>\n");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + (slot * 0.3))}\" y=\"{N(Height - 12)}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#4a4a4a\">{sessions[i].Date.ToString("MMM d", CultureInfo.InvariantCulture)}</text>\n");
        }

        return sb.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, string description) =>
        new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(Width)} {N(Height)}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{HtmlText.Inline(title)}</title>\n")
            .Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{HtmlText.Inline(description)}</desc>\n");

    /// <summary>Four horizontal grid lines with their values on the left axis.</summary>
    private static void Grid(StringBuilder sb, double max)
    {
        for (var i = 0; i <= 4; i++)
        {
            var value = max * i / 4;
            var y = Top + ((Height - Top - Bottom) * (1 - (i / 4.0)));
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(Left)}\" x2=\"{N(Width - Right)}\" y1=\"{N(y)}\" y2=\"{N(y)}\" stroke=\"#c8c8c8\" stroke-width=\"1\"/>\n");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Left - 6)}\" y=\"{N(y + 4)}\" text-anchor=\"end\" font-size=\"11\" fill=\"#4a4a4a\">{HtmlText.Number(value)}</text>\n");
        }
    }

    private static void Series(StringBuilder sb, List<double?> values, Func<int, double> x, Func<double, double> y, string colour, bool dashed)
    {
        var path = new StringBuilder();
        var pen = false;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } v)
            {
                pen = false;
                continue;
            }

            path.Append(pen ? " L" : (path.Length > 0 ? " M" : "M")).Append(N(x(i))).Append(' ').Append(N(y(v)));
            pen = true;
        }

        if (path.Length > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\"{(dashed ? " stroke-dasharray=\"6 4\"" : string.Empty)}/>\n");
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } v)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(x(i))}\" cy=\"{N(y(v))}\" r=\"3.5\" fill=\"{colour}\"/>\n");
            }
        }
    }

    /// <summary>A round top for the axis: 1, 2 or 5 times a power of ten, at least 1.</summary>
    private static double NiceMaximum(double value)
    {
        if (value <= 1)
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1, 2, 5, 10 }.Select(f => f * power).First(m => m >= value);
    }

    private static string N(double value) => HtmlText.Number(value);
}
