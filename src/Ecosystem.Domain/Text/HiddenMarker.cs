using System.Globalization;
using System.Text.RegularExpressions;

namespace Ecosystem.Domain.Text;

/// <summary>
/// The one place the hidden marker format is written and read: <c>&lt;!-- ecosystem-bot:&lt;purpose&gt;[ &lt;value&gt;] --&gt;</c>.
/// Without a value a marker names the purpose of its text, by which the automation finds its one comment per purpose; with
/// a value it records a fact a later run reads back (<c>session 2026-12-08</c>). A marker counts only in the automation's
/// own texts (the callers check the author); users cannot forge one in a text the automation echoes, because
/// <see cref="MarkdownText"/> escapes every '&lt;' of theirs.
/// </summary>
/// <remarks>
/// The forms of earlier versions (<c>&lt;!-- ecosystem-bot-session: 2026-12-08 --&gt;</c>) are read as the same purposes,
/// so a rerun finds what an earlier version wrote and does not write it twice. Only the current form is written.
/// </remarks>
public static partial class HiddenMarker
{
    private const string Prefix = "ecosystem-bot:";

    /// <summary><paramref name="value"/>, when given, is one line without '&gt;'.</summary>
    public static string For(string purpose, string? value = null)
    {
        if (!PurposePattern().IsMatch(purpose))
        {
            throw new ArgumentException($"A marker purpose is lower-case letters, digits and '-', not '{purpose}'.", nameof(purpose));
        }

        if (value is null)
        {
            return $"<!-- {Prefix}{purpose} -->";
        }

        // Without '>', nothing in the value can end the HTML comment ("-->", "--!>").
        if (value.Length == 0 || value.Any(c => c is '\n' or '\r' or '>'))
        {
            throw new ArgumentException($"The value of the '{purpose}' marker must be one non-empty line without '>'.", nameof(value));
        }

        return $"<!-- {Prefix}{purpose} {value} -->";
    }

    /// <summary>The purpose named by the first marker without a value.</summary>
    public static string? PurposeOf(string body) =>
        MarkerPattern().Matches(body).FirstOrDefault(m => !m.Groups["value"].Success && !m.Groups["legacy"].Success)?.Groups["purpose"].Value;

    /// <summary>The value of the first <paramref name="purpose"/> marker with one (an older form without one reads as "").</summary>
    public static string? ValueOf(string body, string purpose) =>
        MarkerPattern().Matches(body).FirstOrDefault(m => m.Groups["purpose"].Value == purpose && (m.Groups["value"].Success || m.Groups["legacy"].Success)) is { } match
            ? match.Groups["value"].Value
            : null;

    public static string Stamp(string purpose, string body) => For(purpose) + "\n" + body;

    /// <summary>
    /// The purpose of a comment posted again in a later round of the same process step (a vote after a return, a second
    /// wait on the applicant), named by when <paramref name="began"/>: the earlier round's comment stays, and a new comment
    /// notifies where an edit would not. Without a later round, the purpose itself.
    /// </summary>
    public static string OfRound(string purpose, DateTimeOffset? began) =>
        began is { } at ? purpose + "-" + at.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) : purpose;

    /// <summary>The text without its marker lines: for people reading it somewhere else (a job summary).</summary>
    public static string WithoutMarkers(string body) => MarkerLine().Replace(body, string.Empty).Trim();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex PurposePattern();

    // The current form, or one of the four older ones. A value is one line without '>' (a stored tally state's JSON escapes
    // every '>'), so it ends at the first " -->".
    [GeneratedRegex(@"<!-- ecosystem-bot(?::(?<purpose>[a-z0-9][a-z0-9-]*)|(?<legacy>-)(?<purpose>session|reviewers|application|onboarding):)(?: (?<value>[^\n>]*?))? -->")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"^<!-- ecosystem-bot[:-].*?-->\r?\n?", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex MarkerLine();
}
