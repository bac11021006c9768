using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Voting;

/// <summary>Finds <c>/vote</c> commands in a comment body where a reader of it on GitHub sees them said.</summary>
/// <remarks>
/// A command is a line of shown text starting with <c>/vote</c> and a verb; the rest of that line, with a letter or a
/// digit, is its reason, and later lines are discussion, so a reason never swallows a later command. Returned as near
/// misses, with why: a line not shown as the commenter's own text (<see cref="ShownText"/>), with an invisible character
/// in its <c>/vote</c> and verb, <c>/vote</c> not at the start of a line, and a lookalike (<c>/vote-yes</c>, a full-width slash).
/// </remarks>
public static partial class VoteCommandParser
{
    public const int MaxReasonLength = 300;

    /// <summary>Dashes or a colon standing alone after a command word (<c>/vote decline - no CI</c>) belong to neither side.</summary>
    internal const string Separator = @"(?:[\t\p{Zs}]+[\p{Pd}:]+(?=[\t\p{Zs}]))*";

    internal const string NotAtLineStart = "not at the start of a line";

    internal const string NotACommand = "not a /vote command (write /vote, a space, then the vote)";

    public static IReadOnlyList<VoteCommand> Parse(string? body) => Read(body).Commands;

    public static (IReadOnlyList<VoteCommand> Commands, IReadOnlyList<(string Line, string Why)> NearMisses) Read(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return ([], []);
        }

        body = ShownText.WithoutByteOrderMark(body);
        var hasInvisible = InvisibleIn(body) is not null;
        var visible = hasInvisible ? Visible(body).Text : body;
        if (!visible.Contains("/vote", StringComparison.OrdinalIgnoreCase) && !visible.Contains("／vote", StringComparison.OrdinalIgnoreCase))
        {
            return ([], []);
        }

        var rendered = ShownText.Of(body);
        var commands = new List<VoteCommand>();
        var nearMisses = new List<(string Line, string Why)>();
        foreach (var line in LinePattern().EnumerateMatches(body))
        {
            var start = line.Index;
            var raw = body.Substring(start, line.Length);
            var (text, map) = hasInvisible ? Visible(raw) : (raw, null);
            var token = TokenPattern().Match(text);
            if (!token.Success)
            {
                // A line the commenter starts like a ballot that is none (/vote-yes, /vote: approve, ／vote with a CJK input
                // method's full-width slash) is listed, so the member learns from the tally that it did not count.
                if (LookalikePattern().Match(raw) is { Success: true } lookalike && rendered is { } shownText
                    && shownText.WhyNot(start + lookalike.Groups["at"].Index) is null)
                {
                    nearMisses.Add((raw.Trim(), NotACommand));
                }

                continue;
            }

            if (rendered is not { } shown)
            {
                nearMisses.Add((raw.Trim(), ShownText.TooDeep));
                continue;
            }

            var at = start + (map?[token.Index] ?? token.Index);
            var command = CommandPattern().Match(raw[..(shown.LineEnd(at, start + raw.Length) - start)]);
            var why = command.Success
                ? shown.WhyNot(start + raw.IndexOf('/', StringComparison.Ordinal)) ?? InvisibleIn(raw.AsSpan(0, command.Groups["verb"].Index + command.Groups["verb"].Length))
                : shown.WhyNot(at)
                    ?? (CommandPattern().IsMatch(text) ? InvisibleIn(raw) : null)
                    ?? NotAtLineStart;
            if (why is not null)
            {
                nearMisses.Add((raw.Trim(), why));
                continue;
            }

            // An HTML comment on the line is not shown: a note to self is no reason, and the tally would publish it. Nor is
            // the backslash of a hard line break. A ballot in emphasis (/vote **approve**) ends with its closing delimiter.
            var (from, to) = (start + command.Groups["rest"].Index, start + command.Groups["rest"].Index + command.Groups["rest"].Length);
            to -= to > from && body[to - 1] == '\\' && shown.WhyNot(to - 1) is not null ? 1 : 0;
            var (verb, rest) = (Word(command.Groups["verb"].Value), shown.Shown(body, from, to, tags: true).Trim());
            var emphasis = command.Groups["em"].Value;
            (verb, rest) = emphasis.Length == 0 ? (verb, rest)
                : verb.EndsWith(emphasis, StringComparison.Ordinal) ? (verb[..^emphasis.Length], rest)
                : (verb, Word(rest).EndsWith(emphasis, StringComparison.Ordinal) ? Word(rest)[..^emphasis.Length].TrimEnd() : rest);
            // Bounded: every member's reason is shown in the tally and kept in its state, within GitHub's comment limit.
            rest = MarkdownText.Truncate(rest, MaxReasonLength);
            // A reason needs a letter or a digit: "/vote decline -" gives none, as "/vote decline." does.
            commands.Add(new VoteCommand(VerbOf(verb), raw.Trim(), HasWords(rest) ? rest : null));
        }

        return (commands, nearMisses);
    }

    /// <summary>Punctuation written straight after a command word (<c>/vote approve.</c>) is the sentence's, not the word's.</summary>
    internal static string Word(string written) => written.TrimEnd('.', ',', ':', ';', '!');

    private static VoteVerb VerbOf(string word) => Word(word).ToLowerInvariant() switch
    {
        "approve" or "yes" or "+1" or "lgtm" => VoteVerb.Approve,
        "decline" or "no" or "-1" or "reject" => VoteVerb.Decline,
        "abstain" => VoteVerb.Abstain,
        "open" => VoteVerb.Open,
        "close" => VoteVerb.Close,
        "refresh-members" => VoteVerb.RefreshMembers,
        "recuse" => VoteVerb.Recuse,
        _ => VoteVerb.Unknown,
    };

    private static bool HasWords(string text) => text.EnumerateRunes().Any(Rune.IsLetterOrDigit);

    /// <summary>Characters that take no room on the page: format characters (Cf) and tag characters.</summary>
    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || rune.Value is >= 0xE0000 and <= 0xE007F;

    private static string? InvisibleIn(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsInvisible(rune))
            {
                return $"contains an invisible character (U+{rune.Value.ToString("X4", CultureInfo.InvariantCulture)})";
            }
        }

        return null;
    }

    /// <summary>The text without its invisible characters, and where each kept one was in <paramref name="raw"/>.</summary>
    private static (string Text, List<int>? Map) Visible(string raw)
    {
        var text = new StringBuilder(raw.Length);
        var map = new List<int>(raw.Length);
        var at = 0;
        foreach (var rune in raw.EnumerateRunes())
        {
            if (!IsInvisible(rune))
            {
                for (var k = 0; k < rune.Utf16SequenceLength; k++)
                {
                    map.Add(at + k);
                }

                text.Append(rune.ToString());
            }

            at += rune.Utf16SequenceLength;
        }

        return (text.ToString(), map);
    }

    /// <summary>Lines as CommonMark splits them (<c>\n</c>, <c>\r\n</c>, <c>\r</c>; not U+2028 or form feed).</summary>
    [GeneratedRegex(@"(?<![^\r\n])[^\r\n]*")]
    private static partial Regex LinePattern();

    [GeneratedRegex(@"/vote(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^ {0,3}(?<at>／vote(?=\s|$)|/vote[-_:])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LookalikePattern();

    /// <summary>
    /// The words are apart by any space GitHub shows as one (\p{Zs}: a no-break space, a CJK input method's ideographic
    /// space), so a member who reads "/vote approve" has voted. The verb ends at HTML written straight after it
    /// (<c>approve&lt;br&gt;</c>), which GitHub does not show.
    /// </summary>
    [GeneratedRegex("^" + ShownText.CommandLineStart + @"/vote(?=\s|$)[\t\p{Zs}]*(?<em>\*{1,3}|_{1,3})?(?<verb>[^\s<]*)" + Separator + "(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommandPattern();
}
