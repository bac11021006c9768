using System.Text.RegularExpressions;

namespace Ecosystem.Actions.Tests.Commands.Status;

/// <summary>
/// What Chromium made of the page: the DOM after parsing, its visible text, its layout width against the viewport's,
/// how far the table of open applications scrolls sideways in its region, the script and image elements in it, the dates
/// that break across lines, the console messages logged while it loaded, and the screenshot's path.
/// </summary>
internal sealed partial record RenderedPage(
    string Html,
    string Text,
    int ScrollWidth,
    int ViewportWidth,
    int QueueOverflow,
    int Scripts,
    int Images,
    IReadOnlyList<string> WrappedDates,
    IReadOnlyList<string> ConsoleMessages,
    string Screenshot)
{
    /// <summary>The rows of open applications: issue number → (stage, expected session).</summary>
    public IReadOnlyDictionary<int, (string Stage, string Expected)> Applications =>
        ApplicationRow().Matches(Html).ToDictionary(
            m => int.Parse(m.Groups["issue"].Value, System.Globalization.CultureInfo.InvariantCulture),
            m => (m.Groups["stage"].Value, m.Groups["expected"].Value));

    public int Count(string fragment) => Html.Split(fragment).Length - 1;

    [GeneratedRegex("<tr data-issue=\"(?<issue>\\d+)\" data-stage=\"(?<stage>[a-z-]+)\" data-expected=\"(?<expected>[0-9-]*)\">")]
    private static partial Regex ApplicationRow();
}
