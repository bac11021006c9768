using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Voting;

/// <summary>Finds <c>/vote</c> commands in a comment body where a reader of it on GitHub sees them said.</summary>
/// <remarks>
/// A command is a line of shown text that starts (after what <see cref="ShownText.CommandLineStart"/> allows) with <c>/vote</c>, then a verb
/// (<see cref="VerbOf"/>, case-insensitive). The rest of that line's shown text (not a heading's closing <c>##</c>), with a letter
/// or a digit, is the command's reason (a decline's, or the outcome staff name after <c>close</c>); following lines are discussion,
/// so a reason never swallows a later command.
/// Not commands, each returned as a near miss with the reason: a line not shown as the commenter's own text
/// (<see cref="ShownText"/>: quotes, code, HTML); with an invisible character (zero-width space, joiner, direction
/// mark…) in its <c>/vote</c> and verb; <c>/vote</c> anywhere but at the start of a line; and a line that starts like
/// a command but is none (<c>/vote-yes</c>, <c>/vote: approve</c>, a full-width slash). A missing or unknown
/// verb is <see cref="VoteVerb.Unknown"/>; punctuation right after the verb is left out (<see cref="Word"/>).
/// </remarks>
public static partial class VoteCommandParser
{
    public const int MaxReasonLength = 300;

    /// <summary>
    /// Dashes or a colon standing alone between a command word and the text after it (<c>/vote decline - no CI</c>,
    /// <c>/vote close too-early — note</c>): they separate the two, and are neither (a pattern).
    /// </summary>
    internal const string Separator = @"(?:[\t\p{Zs}]+[\p{Pd}:]+(?=[\t\p{Zs}]))*";

    internal const string NotAtLineStart = "not at the start of a line";

    internal const string NotACommand = "not a /vote command (write /vote, a space, then the vote)";

    public static IReadOnlyList<VoteCommand> Parse(string? body) => Read(body).Commands;

    /// <summary>The commands of <paramref name="body"/> and every line that only looks like one, in order.</summary>
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

            // A reason is shown in the tally and kept in its hidden state for every member: an unbounded one (a megabyte
            // line) would push the tally comment past GitHub's 65,536-character limit.
            // A ballot in emphasis, or its verb alone (/vote **approve**), ends with its closing delimiter, after the verb or the reason
            // (and before the sentence's punctuation: **/vote approve**.).
            // An HTML comment on the line (closed there or on a later one) is not shown: a note to self is no reason, and the tally
            // would publish it. Nor is the backslash of a hard line break that ends the line.
            var (from, to) = (start + command.Groups["rest"].Index, start + command.Groups["rest"].Index + command.Groups["rest"].Length);
            to -= to > from && body[to - 1] == '\\' && shown.WhyNot(to - 1) is not null ? 1 : 0;
            var (verb, rest) = (Word(command.Groups["verb"].Value), shown.Shown(body, from, to, tags: true).Trim());
            var emphasis = command.Groups["em"].Value;
            (verb, rest) = emphasis.Length == 0 ? (verb, rest)
                : verb.EndsWith(emphasis, StringComparison.Ordinal) ? (verb[..^emphasis.Length], rest)
                : (verb, Word(rest).EndsWith(emphasis, StringComparison.Ordinal) ? Word(rest)[..^emphasis.Length].TrimEnd() : rest);
            rest = MarkdownText.Truncate(rest, MaxReasonLength);
            // A reason needs a letter or a digit: "/vote decline -" gives none, as "/vote decline." does.
            commands.Add(new VoteCommand(VerbOf(verb), raw.Trim(), HasWords(rest) ? rest : null));
        }

        return (commands, nearMisses);
    }

    /// <summary>
    /// A command word as meant: punctuation written straight after it (<c>/vote approve.</c>, <c>/vote decline: reason</c>,
    /// <c>/vote close too-early: note</c>) is the sentence's, not the word's.
    /// </summary>
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

    /// <summary>Characters that take no room on the page: Unicode format characters (Cf) and tag characters.</summary>
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

    /// <summary>The text without its invisible characters, and where each kept character was in <paramref name="raw"/>.</summary>
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
    /// The words are apart by any space GitHub shows as one (\p{Zs}: also a no-break space, a Mac's Option+Space, and an
    /// ideographic space, a CJK input method's), so a member who reads "/vote approve" has voted. The line may be a list
    /// item of its own (<c>- /vote approve</c>, <c>1. /vote approve</c>), nested under another, a task-list item (<c>- [x] /vote approve</c>),
    /// a heading (<c>## /vote approve</c>), and in emphasis (<c>**/vote approve**</c>, <c>/vote **approve**</c>): the command still starts
    /// the text GitHub shows on that line (a quote or code around it is judged by <see cref="ShownText"/>); a <see cref="Separator"/>
    /// may follow the verb. The verb ends at HTML written straight after it (<c>approve&lt;br&gt;</c>), which GitHub does not show.
    /// </summary>
    [GeneratedRegex("^" + ShownText.CommandLineStart + @"/vote(?=\s|$)[\t\p{Zs}]*(?<em>\*{1,3}|_{1,3})?(?<verb>[^\s<]*)" + Separator + "(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommandPattern();
}
