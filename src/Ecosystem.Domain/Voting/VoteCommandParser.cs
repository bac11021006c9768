using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;

namespace Ecosystem.Domain.Voting;

/// <summary>
/// Finds <c>/vote</c> commands in a comment body the way a reader of the comment as GitHub renders it sees them:
/// the body is read as CommonMark (Markdig), and only text shown as the commenter's own counts.
/// </summary>
/// <remarks>
/// <para>A command is a line of shown text that starts (after at most three spaces) with <c>/vote</c>, then a verb,
/// case-insensitive:</para>
/// <list type="bullet">
/// <item><c>approve</c>, also <c>yes</c>, <c>+1</c>, <c>lgtm</c>;</item>
/// <item><c>decline &lt;reason&gt;</c>, also <c>no</c>, <c>-1</c>, <c>reject</c>; the reason is the rest of
/// that line only (following lines are ordinary discussion, so a reason never swallows a later command);</item>
/// <item><c>abstain</c>;</item>
/// <item><c>open</c>, <c>close</c>, <c>refresh-members</c> (staff), <c>recuse</c> (members); after <c>close</c>, staff
/// may name the outcome (<c>too-early &lt;expectations&gt;</c>, <c>community-highlight &lt;note&gt;</c>), read by
/// <see cref="VoteTally"/> from the command's rest of line.</item>
/// </list>
/// <para>Not commands, each returned as a <see cref="VoteNearMiss"/> with the reason: a line in a block quote,
/// including a lazy continuation line (a line without <c>&gt;</c> that CommonMark still puts in the quote); in a code
/// block or a code span (an unclosed fence runs to the end of the comment); in an HTML block, an HTML comment or an
/// inline tag (an attribute such as <c>alt</c> is not shown); with an invisible character (zero-width space, joiner,
/// direction mark…) in its <c>/vote</c> and verb; and <c>/vote</c> anywhere but at the start of a line. A
/// <c>/vote</c> line with a missing or unknown verb is returned as <see cref="VoteVerb.Unknown"/>.</para>
/// </remarks>
public static partial class VoteCommandParser
{
    /// <summary>The longest reason kept from a <c>/vote</c> line.</summary>
    public const int MaxReasonLength = 300;

    /// <summary>
    /// Containers (quotes, list items) deeper than this on one line are not parsed: no comment needs them, and
    /// Markdig refuses (or slows down on) thousands of levels.
    /// </summary>
    private const int MaxNesting = 32;

    internal const string InQuote = "inside a quote";
    internal const string InCodeBlock = "inside a code block";
    internal const string InCode = "inside code";
    internal const string InHtmlComment = "inside an HTML comment";
    internal const string InHtml = "inside HTML";
    internal const string NotShownAsText = "not shown as text";
    internal const string NotAtLineStart = "not at the start of a line";
    internal const string TooDeep = "nested too deeply to read";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>The commands of <paramref name="body"/>, in order.</summary>
    public static IReadOnlyList<VoteCommand> Parse(string? body) => Read(body).Commands;

    /// <summary>The commands of <paramref name="body"/> and every line that only looks like one, in order.</summary>
    public static VoteReading Read(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return VoteReading.None;
        }

        var hasInvisible = ContainsInvisible(body);
        if (!body.Contains("/vote", StringComparison.OrdinalIgnoreCase)
            && !(hasInvisible && Visible(body).Text.Contains("/vote", StringComparison.OrdinalIgnoreCase)))
        {
            return VoteReading.None;
        }

        var lines = LineRanges(body);
        var rendered = IsTooDeep(body, lines) ? null : RenderedComment.Parse(body, Pipeline);
        var commands = new List<VoteCommand>();
        var nearMisses = new List<VoteNearMiss>();
        foreach (var (start, length) in lines)
        {
            var raw = body.Substring(start, length);
            var visible = hasInvisible ? Visible(raw) : new VisibleText(raw, null);
            var token = TokenPattern().Match(visible.Text);
            if (!token.Success)
            {
                continue;
            }

            if (rendered is null)
            {
                nearMisses.Add(new VoteNearMiss(raw.Trim(), TooDeep));
                continue;
            }

            var command = CommandPattern().Match(raw);
            var why = command.Success
                ? rendered.WhyNotText(start + FirstNonBlank(raw)) ?? InvisibleIn(raw.AsSpan(0, command.Groups["verb"].Index + command.Groups["verb"].Length))
                : rendered.WhyNotText(start + visible.RawIndex(token.Index))
                    ?? (CommandPattern().IsMatch(visible.Text) ? InvisibleIn(raw) : null)
                    ?? NotAtLineStart;
            if (why is not null)
            {
                nearMisses.Add(new VoteNearMiss(raw.Trim(), why));
                continue;
            }

            var rest = command.Groups["rest"].Value.Trim();
            commands.Add(new VoteCommand(VerbOf(command.Groups["verb"].Value), raw.Trim(), rest.Length == 0 ? null : Bounded(rest)));
        }

        return new VoteReading(commands, nearMisses);
    }

    /// <summary>
    /// A reason is shown in the tally and kept in its hidden state for every member; an unbounded one (a megabyte line)
    /// would push the tally comment past GitHub's 65,536-character limit, so it is cut to <paramref name="length"/>
    /// characters and an ellipsis, never inside a surrogate pair. Cutting a cut reason again to the same length
    /// changes nothing, so a tally re-rendered from its stored state writes the same text.
    /// </summary>
    internal static string Bounded(string reason, int length = MaxReasonLength)
    {
        if (reason.Length <= length)
        {
            return reason;
        }

        var cut = length > 0 && char.IsHighSurrogate(reason[length - 1]) ? length - 1 : length;
        return string.Concat(reason.AsSpan(0, cut), "…");
    }

    private static VoteVerb VerbOf(string word) => word.ToLowerInvariant() switch
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

    /// <summary>Lines as CommonMark splits them (<c>\n</c>, <c>\r\n</c>, <c>\r</c>; not U+2028 or form feed).</summary>
    private static List<(int Start, int Length)> LineRanges(string body)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] is '\n' or '\r')
            {
                lines.Add((start, i - start));
                if (body[i] == '\r' && i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add((start, body.Length - start));
        return lines;
    }

    /// <summary>True when some line opens more than <see cref="MaxNesting"/> quotes or list items.</summary>
    private static bool IsTooDeep(string body, List<(int Start, int Length)> lines)
    {
        foreach (var (start, length) in lines)
        {
            var depth = 0;
            var i = start;
            var end = start + length;
            while (i < end && depth <= MaxNesting)
            {
                var c = body[i];
                if (c is ' ' or '\t')
                {
                    i++;
                }
                else if (c == '>')
                {
                    depth++;
                    i++;
                }
                else if (c is '-' or '*' or '+' && (i + 1 == end || body[i + 1] is ' ' or '\t'))
                {
                    depth++;
                    i += 2;
                }
                else if (char.IsAsciiDigit(c))
                {
                    var j = i;
                    while (j < end && j - i < 9 && char.IsAsciiDigit(body[j]))
                    {
                        j++;
                    }

                    if (j < end && body[j] is '.' or ')' && (j + 1 == end || body[j + 1] is ' ' or '\t'))
                    {
                        depth++;
                        i = j + 2;
                    }
                    else
                    {
                        break;
                    }
                }
                else
                {
                    break;
                }
            }

            if (depth > MaxNesting)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstNonBlank(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    /// <summary>Characters that take no room on the page: Unicode format characters (Cf) and tag characters.</summary>
    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || rune.Value is >= 0xE0000 and <= 0xE007F;

    private static bool ContainsInvisible(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsInvisible(rune))
            {
                return true;
            }
        }

        return false;
    }

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

    private static VisibleText Visible(string raw)
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

        return new VisibleText(text.ToString(), map);
    }

    [GeneratedRegex(@"/vote(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^ {0,3}/vote(?=\s|$)[ \t]*(?<verb>\S*)(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommandPattern();
}
