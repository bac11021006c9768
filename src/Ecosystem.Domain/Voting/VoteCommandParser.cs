using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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
        var hasInvisible = !string.IsNullOrEmpty(body) && InvisibleIn(body) is not null;
        if (string.IsNullOrEmpty(body) || !(hasInvisible ? Visible(body).Text : body).Contains("/vote", StringComparison.OrdinalIgnoreCase))
        {
            return VoteReading.None;
        }

        var rendered = TooDeepPattern().IsMatch(body) ? null : Render(body);
        var commands = new List<VoteCommand>();
        var nearMisses = new List<VoteNearMiss>();
        foreach (var line in LinePattern().EnumerateMatches(body))
        {
            var start = line.Index;
            var raw = body.Substring(start, line.Length);
            var (text, map) = hasInvisible ? Visible(raw) : (raw, null);
            var token = TokenPattern().Match(text);
            if (!token.Success)
            {
                continue;
            }

            if (rendered is not { } shown)
            {
                nearMisses.Add(new VoteNearMiss(raw.Trim(), TooDeep));
                continue;
            }

            var command = CommandPattern().Match(raw);
            var why = command.Success
                ? WhyNotText(shown, start + FirstNonBlank(raw)) ?? InvisibleIn(raw.AsSpan(0, command.Groups["verb"].Index + command.Groups["verb"].Length))
                : WhyNotText(shown, start + (map?[token.Index] ?? token.Index))
                    ?? (CommandPattern().IsMatch(text) ? InvisibleIn(raw) : null)
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

    /// <summary>
    /// Where each character of <paramref name="body"/> ends up once rendered: its leaf blocks and innermost inlines,
    /// each sorted by start; null when Markdig's nesting limit refuses it.
    /// </summary>
    private static (LeafBlock[] Blocks, Inline[] Inlines)? Render(string body)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's depth limit ("too deeply nested"): nothing in such a body is read as a command.
            return null;
        }

        var blocks = document.Descendants<LeafBlock>().ToArray();
        foreach (var block in blocks)
        {
            // Markdig ends an unclosed fence's span at its opening line; its content lines run to the end.
            if (block.Lines.Count > 0 && block.Lines.Lines[block.Lines.Count - 1].Slice.End > block.Span.End)
            {
                block.Span = new SourceSpan(block.Span.Start, block.Lines.Lines[block.Lines.Count - 1].Slice.End);
            }
        }

        var inlines = document.Descendants<Inline>().Where(i => i is not ContainerInline).ToArray();
        Array.Sort(blocks, (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        Array.Sort(inlines, (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return (blocks, inlines);
    }

    /// <summary>Why the character at <paramref name="position"/> is not the commenter's own shown text; null when it is.</summary>
    private static string? WhyNotText((LeafBlock[] Blocks, Inline[] Inlines) rendered, int position)
    {
        var block = Covering(rendered.Blocks, position);
        if (block is null)
        {
            return NotShownAsText;
        }

        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is QuoteBlock)
            {
                return InQuote;
            }
        }

        switch (block)
        {
            case CodeBlock:
                return InCodeBlock;
            case HtmlBlock html:
                return html.Type == HtmlBlockType.Comment ? InHtmlComment : InHtml;
            case ParagraphBlock or HeadingBlock:
                break;
            default:
                return NotShownAsText;
        }

        return Covering(rendered.Inlines, position) switch
        {
            LiteralInline => null,
            CodeInline => InCode,
            HtmlInline html => html.Tag.StartsWith("<!--", StringComparison.Ordinal) ? InHtmlComment : InHtml,
            _ => NotShownAsText,
        };
    }

    /// <summary>The element of <paramref name="sorted"/> (by start, not overlapping) whose span holds <paramref name="position"/>.</summary>
    private static T? Covering<T>(T[] sorted, int position)
        where T : MarkdownObject
    {
        int low = 0, high = sorted.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle].Span.Start <= position)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && sorted[found].Span.End >= position ? sorted[found] : null;
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

    /// <summary>
    /// A line that opens more than 32 containers (quotes, list items): such a body is not parsed, since no comment needs
    /// them and Markdig refuses (or slows down on) thousands of levels. Each level is atomic, so a long line is read once.
    /// </summary>
    [GeneratedRegex(@"(?<![^\r\n])(?>[ \t]*(?:>|[-*+](?:[ \t]|(?=[\r\n]|\z))|[0-9]{1,9}[.)](?:[ \t]|(?=[\r\n]|\z)))){33}")]
    private static partial Regex TooDeepPattern();

    [GeneratedRegex(@"/vote(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^ {0,3}/vote(?=\s|$)[ \t]*(?<verb>\S*)(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommandPattern();
}
