using System.Text.RegularExpressions;

namespace Ecosystem.Domain.Tests.Proof;

/// <summary>
/// What every comment the automation posts must satisfy whatever users typed: under GitHub's comment limit, no
/// @mention left to ping, no raw HTML, no hidden marker other than the automation's own, tables with the same number
/// of cells on every row, and code fences that open and close.
/// </summary>
internal static partial class EchoSafety
{
    /// <summary>GitHub rejects a comment body longer than this.</summary>
    public const int CommentLimit = 65_536;

    private static readonly string[] ForbiddenHtml = ["<!--", "<img", "<details", "<script", "<a ", "<iframe"];

    /// <param name="rendered">The text the automation would post.</param>
    /// <param name="what">Names the text in a failure.</param>
    /// <param name="intendedMentions">Logins or <c>org/team</c> names the text mentions on purpose (configured people, the issue author).</param>
    public static void AssertSafe(string rendered, string what, params IReadOnlyCollection<string> intendedMentions)
    {
        Assert.IsLessThan(CommentLimit, rendered.Length, $"{what}: {rendered.Length} characters is over GitHub's comment limit.");

        var withoutOwnMarkers = OwnMarkers().Replace(rendered, string.Empty);
        foreach (var html in ForbiddenHtml)
        {
            var at = withoutOwnMarkers.IndexOf(html, StringComparison.OrdinalIgnoreCase);
            Assert.AreEqual(-1, at, $"{what}: raw '{html}' in the output: …{Around(withoutOwnMarkers, at)}…");
        }

        foreach (Match mention in Mention().Matches(rendered))
        {
            var intended = intendedMentions.Contains(mention.Groups["who"].Value, StringComparer.OrdinalIgnoreCase);
            Assert.IsTrue(intended, $"{what}: a live mention '{mention.Value}' in: …{Around(rendered, mention.Index)}…");
        }

        AssertTablesAreWhole(rendered, what);
        var fences = rendered.Split('\n').Count(l => Fence().IsMatch(l));
        Assert.AreEqual(0, fences % 2, $"{what}: {fences} code-fence lines, so one is left open.");
    }

    private static void AssertTablesAreWhole(string rendered, string what)
    {
        int? cells = null;
        foreach (var line in rendered.Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                cells = null;
                continue;
            }

            var count = UnescapedPipe().Count(line);
            cells ??= count;
            Assert.AreEqual(cells, count, $"{what}: a table row with {count} cell borders instead of {cells}: {line}");
        }
    }

    private static string Around(string text, int at) =>
        at < 0 ? string.Empty : text.Substring(Math.Max(0, at - 60), Math.Min(text.Length - Math.Max(0, at - 60), 160));

    /// <summary>
    /// The automation's own markers: the purpose line, the tally state, the re-check period, a resubmission's date, the session,
    /// the reviewers, the onboarding links, the return a reply answers (its request's time, the outcome's), the wait an answer returned from.
    /// </summary>
    [GeneratedRegex(@"^<!-- ecosystem-bot:[a-z0-9-]+ -->$|<!-- ecosystem-bot:tally-state \{[^<>\n]*\} -->$|^<!-- ecosystem-bot:period [0-9]{1,4} -->$|^<!-- ecosystem-bot:batch-size [0-9]{1,10} -->$|^<!-- ecosystem-bot:waits-until [0-9-]+ -->$|^<!-- ecosystem-bot:(?:session|calendar-session) [0-9-]+ -->$|^<!-- ecosystem-bot:reviewers [A-Za-z0-9_,= -]+ -->$|^<!-- ecosystem-bot:(?:application|onboarding) [0-9]+ -->$|^<!-- ecosystem-bot:(?:asked|answers|returning) [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z -->$", RegexOptions.Multiline)]
    private static partial Regex OwnMarkers();

    /// <summary>'@' then a login character pings; the escaper puts a word joiner in between.</summary>
    [GeneratedRegex(@"@(?<who>[A-Za-z0-9][A-Za-z0-9-]*(?:/[A-Za-z0-9][A-Za-z0-9_.-]*)?)")]
    private static partial Regex Mention();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"^ {0,3}(```|~~~)")]
    private static partial Regex Fence();
}
