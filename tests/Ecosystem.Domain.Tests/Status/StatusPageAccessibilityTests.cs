using System.Globalization;
using System.Text.RegularExpressions;

namespace Ecosystem.Domain.Tests.Status;

/// <summary>The page's accessibility, read from the rendered HTML: language, landmarks, table headers, chart alternatives, focus and contrast.</summary>
[TestClass]
public sealed partial class StatusPageAccessibilityTests
{
    private static readonly string Page = Render();

    [TestMethod]
    public void The_page_names_its_language_and_has_landmarks_and_a_skip_link()
    {
        Assert.Contains("<html lang=\"en\">", Page);
        foreach (var landmark in new[] { "<header>", "<nav aria-label=\"Sections\">", "<main id=\"main\">", "<footer>" })
        {
            Assert.Contains(landmark, Page);
        }

        Assert.Contains("<a class=\"skip\" href=\"#main\">", Page);
        Assert.AreEqual(1, Count("<h1>"));
    }

    [TestMethod]
    public void Every_table_has_a_caption_and_headers_with_their_scope()
    {
        var tables = Count("<table ");
        Assert.IsGreaterThanOrEqualTo(7, tables);
        Assert.AreEqual(tables, Count("<caption "));
        Assert.AreEqual(tables, Count("<thead>"));
        Assert.AreEqual(0, Regex.Matches(Page, "<th(?![^>]*scope=\"(col|row)\")[ >]").Count, "a header cell without scope");
        Assert.AreEqual(tables, Count("role=\"region\""), "each table scrolls in a labelled region, never the page");
    }

    [TestMethod]
    public void Every_chart_is_an_image_with_a_title_and_a_text_alternative()
    {
        var charts = Regex.Matches(Page, "<svg [^>]*role=\"img\" aria-labelledby=\"(?<id>[a-z0-9-]+)-title \\k<id>-desc\">");
        Assert.HasCount(5, charts);
        foreach (Match chart in charts)
        {
            var id = chart.Groups["id"].Value;
            Assert.Contains($"<title id=\"{id}-title\">", Page);
            Assert.MatchesRegex(new Regex($"<desc id=\"{id}-desc\">[^<]{{20,}}</desc>"), Page);
        }
    }

    /// <summary>Each grid line is labelled with the value it stands at: whole numbers, a count of applications or of days.</summary>
    [TestMethod]
    public void Every_chart_axis_is_labelled_with_the_whole_numbers_its_grid_lines_stand_at()
    {
        foreach (Match chart in Regex.Matches(Page, "<svg .*?</svg>", RegexOptions.Singleline))
        {
            var values = GridLabel().Matches(chart.Value).Select(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture)).ToList();
            Assert.HasCount(5, values);
            for (var i = 0; i < values.Count; i++)
            {
                Assert.AreEqual(values[^1] * i / 4, values[i], $"grid line {i} of {string.Join(", ", values)}");
                Assert.AreEqual(Math.Round(values[i]), values[i], $"grid line {i} of {string.Join(", ", values)}");
            }
        }
    }

    /// <summary>Screen readers list the regions by name: two of one name cannot be told apart.</summary>
    [TestMethod]
    public void Every_region_has_a_name_of_its_own()
    {
        var names = LabelledRegion().Matches(Page)
            .Select(m => Regex.Match(Page, $"id=\"{m.Groups["id"].Value}\"[^>]*>(?<name>[^<]*)<").Groups["name"].Value)
            .ToList();

        Assert.IsGreaterThanOrEqualTo(15, names.Count);
        Assert.IsFalse(names.Contains(string.Empty), "a region without a name");
        Assert.HasCount(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase), string.Join(" | ", names));
    }

    [TestMethod]
    public void Focus_is_visible()
    {
        Assert.MatchesRegex(FocusRule(), Page);
    }

    [TestMethod]
    public void Text_colours_have_at_least_4_5_to_1_contrast_on_white_and_on_the_header_band()
    {
        var colours = Colours().Matches(Page).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["hex"].Value);
        foreach (var text in new[] { "ink", "muted", "accent", "accent-2" })
        {
            foreach (var background in new[] { "#ffffff", colours["band"] })
            {
                var ratio = Contrast(colours[text], background);
                Assert.IsGreaterThanOrEqualTo(4.5, ratio, $"--{text} ({colours[text]}) on {background}: {ratio:0.00}:1");
            }
        }

        Assert.IsGreaterThanOrEqualTo(3, Contrast(colours["focus"], "#ffffff"), "the focus ring against the page");
    }

    /// <summary>
    /// Sessions twice a month (the example calendar) put 24 bars in the chart of applications reviewed per session: each
    /// labelled "Mon d" in an 11-pixel font about 36 wide, on a slot of 24, the dates ran into one another. The labels
    /// now stand apart, the latest session's always among them, and every bar still has its date in the table.
    /// </summary>
    [TestMethod]
    public void The_dates_under_the_bars_of_a_year_of_fortnightly_sessions_do_not_overlap()
    {
        var world = new StatusWorld();
        var first = new DateOnly(2026, 1, 6);
        for (var i = 0; i < 24; i++)
        {
            var session = first.AddDays(14 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            world.Add(i + 1, Scheduling.Calendars.At("2025-11-01T00:00Z"), "In review").Session(session);
        }

        var chart = Regex.Match(world.Build().Page(), "<svg [^>]*figure-reviewed-chart.*?</svg>", RegexOptions.Singleline).Value;

        Assert.HasCount(24, Regex.Matches(chart, "<rect "));
        var labels = BarLabel().Matches(chart)
            .Select(m => (X: double.Parse(m.Groups["x"].Value, CultureInfo.InvariantCulture), Text: m.Groups["text"].Value)).ToList();
        Assert.IsGreaterThanOrEqualTo(4, labels.Count);
        Assert.AreEqual("Nov 24", labels[^1].Text, "the latest session");
        foreach (var (left, right) in labels.Zip(labels.Skip(1)))
        {
            Assert.IsGreaterThanOrEqualTo(44, right.X - left.X, $"'{left.Text}' at {left.X} and '{right.Text}' at {right.X}");
        }
    }

    private static string Render()
    {
        var world = new StatusWorld();
        world.Add(1, Scheduling.Calendars.At("2026-10-01T00:00Z"), "New");
        return world.Build().Page();
    }

    private static int Count(string fragment) => Page.Split(fragment).Length - 1;

    /// <summary>WCAG 2's contrast ratio of two sRGB colours written #rrggbb.</summary>
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }

    [GeneratedRegex("--(?<name>[a-z0-9-]+): (?<hex>#[0-9a-f]{6});")]
    private static partial Regex Colours();

    [GeneratedRegex("<text [^>]*text-anchor=\"end\"[^>]*>(?<value>[^<]+)</text>")]
    private static partial Regex GridLabel();

    [GeneratedRegex("<text x=\"(?<x>[0-9.]+)\" y=\"[0-9.]+\" text-anchor=\"middle\"[^>]*>(?<text>[^<]+)</text>")]
    private static partial Regex BarLabel();

    [GeneratedRegex("<(section|div) [^>]*aria-labelledby=\"(?<id>[a-z0-9-]+)\"")]
    private static partial Regex LabelledRegion();

    [GeneratedRegex(":focus-visible[^{]*\\{ outline: 3px solid var\\(--focus\\)")]
    private static partial Regex FocusRule();
}
