using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ecosystem.Domain.Text;

/// <summary>
/// A comment body as a reader sees it once GitHub renders it (CommonMark, read by Markdig): a command (<c>/vote</c>) counts
/// only where it is the commenter's own shown text, not in a block quote (lazy continuation lines included), code (an
/// unclosed fence runs to the end of the comment), HTML comment or tag (an attribute such as <c>alt</c> is not shown), nor
/// HTML block but for the text GitHub shows of one that a tag such as <c>&lt;details&gt;</c> opens (<see cref="Markup"/>).
/// </summary>
public sealed partial class ShownText
{
    internal const string InQuote = "inside a quote";
    internal const string InCodeBlock = "inside a code block";
    internal const string InCode = "inside code";
    internal const string InHtmlComment = "inside an HTML comment";
    internal const string InHtml = "inside HTML";
    internal const string NotShownAsText = "not shown as text";
    internal const string TooDeep = "nested too deeply to read";

    /// <summary>
    /// What may come before a command on its line: any indent, a list item's marker and task box, a heading's, an emphasis
    /// (named <c>em</c>). The indent is not judged here: where it makes code, <see cref="WhyNot"/> says so; in a nested list
    /// item or a paragraph's next line GitHub does not show it, and the command starts the line.
    /// </summary>
    public const string CommandLineStart =
        @"[ \t]*(?:(?:[-*+]|[0-9]{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?(?:#{1,6}[ \t]+)?(?<em>\*{1,3}|_{1,3})?";

    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private readonly LeafBlock[] _blocks;
    private readonly Inline[] _inlines;
    private readonly HtmlInline[] _markup;

    private ShownText(LeafBlock[] blocks, Inline[] inlines, HtmlInline[] markup) => (_blocks, _inlines, _markup) = (blocks, inlines, markup);

    /// <summary>Null when the body nests too deeply to read (then nothing is a command).</summary>
    public static ShownText? Of(string body)
    {
        if (TooDeepPattern().IsMatch(body))
        {
            return null;
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit ("too deeply nested"): nothing in such a body is read as a command.
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
        var markup = blocks.OfType<HtmlBlock>().Where(ShowsText).SelectMany(b => Markup(body, b)).ToArray();
        return new ShownText(blocks, inlines, markup);
    }

    /// <summary>
    /// A byte-order mark that starts a body (sent through the API from a file saved with one) is skipped by cmark, GitHub's
    /// renderer, so GitHub shows none. A mark further on is shown.
    /// </summary>
    public static string WithoutByteOrderMark(string body) => body.StartsWith('\uFEFF') ? body[1..] : body;

    /// <summary>Whether a match of <paramref name="command"/> (a line's start, the command's '/') is the commenter's shown text.</summary>
    public static bool HasCommandLine(string body, Regex command)
    {
        body = WithoutByteOrderMark(body);
        var matches = command.Matches(body);
        return matches.Count > 0 && Of(body) is { } shown && matches.Any(m => shown.WhyNot(m.Index + m.Value.IndexOf('/', StringComparison.Ordinal)) is null);
    }

    /// <summary>
    /// Without the HTML comments GitHub does not show: in a paragraph, a quote or an HTML block (one never closed there hides
    /// the rest). In code a comment is shown and kept, and so is a <c>&lt;!--</c> never closed inside a paragraph, which is text.
    /// </summary>
    public static string WithoutHtmlComments(string text) =>
        text.Contains("<!--", StringComparison.Ordinal) && Of(text) is { } shown ? shown.Shown(text, 0, text.Length) : text;

    /// <summary>
    /// What GitHub shows of the characters up to <paramref name="to"/> (exclusive) of the body this was read from: without
    /// HTML comments (<see cref="WithoutHtmlComments(string)"/>), one that closes past <paramref name="to"/> hiding the rest;
    /// with <paramref name="tags"/>, without the HTML tags either, as a ballot's reason reads.
    /// </summary>
    public string Shown(string body, int from, int to, bool tags = false)
    {
        var kept = new StringBuilder(to - from);
        for (var open = body.IndexOf('<', from, to - from); open >= 0; open = body.IndexOf('<', from, to - from))
        {
            var comment = string.CompareOrdinal(body, open, "<!--", 0, 4) == 0;
            var why = comment || tags ? WhyNot(open) : null;
            kept.Append(body, from, open - from);
            if (comment && why is not (null or InCode or InCodeBlock))
            {
                // "<!-->" and "<!--->" close themselves, as in CommonMark.
                var close = body.IndexOf("-->", open + 2, StringComparison.Ordinal);
                from = close < 0 ? to : Math.Min(close + 3, to);
            }
            else if (!comment && why is InHtml && (Covering(_inlines, open) as HtmlInline ?? Covering(_markup, open)) is { } tag)
            {
                from = Math.Min(tag.Span.End + 1, to);
            }
            else
            {
                kept.Append(body[open]);
                from = open + 1;
            }
        }

        return kept.Append(body, from, to - from).ToString();
    }

    /// <summary>Why the character at <paramref name="position"/> is not the commenter's own shown text; null when it is.</summary>
    public string? WhyNot(int position)
    {
        var block = Covering(_blocks, position);
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

        return block switch
        {
            CodeBlock => InCodeBlock,
            HtmlBlock html when ShowsText(html) => Covering(_markup, position) is { } markup ? Why(markup) : null,
            HtmlBlock html => html.Type == HtmlBlockType.Comment ? InHtmlComment : InHtml,
            ParagraphBlock or HeadingBlock => Covering(_inlines, position) switch
            {
                LiteralInline => null,
                CodeInline => InCode,
                HtmlInline html => Why(html),
                _ => NotShownAsText,
            },
            _ => NotShownAsText,
        };
    }

    /// <summary>
    /// Where (exclusive) the text GitHub shows ends on the line: before a heading's closing sequence (<c>## /vote approve ##</c>),
    /// which is not its content.
    /// </summary>
    public int LineEnd(int position, int lineEnd) =>
        Covering(_blocks, position) is HeadingBlock heading ? Math.Min(heading.Span.End + 1, lineEnd) : lineEnd;

    /// <summary>Whether <paramref name="why"/> is one of <see cref="WhyNot"/>'s reasons.</summary>
    public static bool IsNotOwnText(string why) => why is InQuote or InCodeBlock or InCode or InHtmlComment or InHtml or NotShownAsText or TooDeep;

    private static string Why(HtmlInline html) => html.Tag.StartsWith("<!--", StringComparison.Ordinal) ? InHtmlComment : InHtml;

    /// <summary>
    /// An HTML block opened by a tag (CommonMark 4.6, kinds 6 and 7) is passed through as HTML, which shows the text between
    /// its tags. Not so kind 1 (<c>pre</c> shown as code; <c>script</c>, <c>style</c>, <c>textarea</c> removed or raw), nor a
    /// comment, declaration or CDATA.
    /// </summary>
    private static bool ShowsText(HtmlBlock block) => block.Type is HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock;

    /// <summary>
    /// What <paramref name="block"/> does not show as text, in order: its tags and comments, as Markdig reads raw HTML in a
    /// paragraph, a comment never closed hiding the rest; and whole the elements whose text is not the commenter's words.
    /// </summary>
    private static IEnumerable<HtmlInline> Markup(string body, HtmlBlock block)
    {
        var end = block.Span.End;
        var ends = new RawHtmlEnds(body, end);
        for (var at = body.IndexOf('<', block.Span.Start); at >= 0 && at <= end; at = body.IndexOf('<', at))
        {
            var slice = new StringSlice(body, at, end);
            if (!ends.MayClose(at) || !HtmlHelper.TryParseHtmlTag(ref slice, out var tag))
            {
                if (string.CompareOrdinal(body, at, "<!--", 0, 4) == 0)
                {
                    yield return new HtmlInline("<!--") { Span = new SourceSpan(at, end) };
                    yield break;
                }

                at++;
                continue;
            }

            var last = at + tag.Length - 1;
            if (UnshownElementPattern().Match(tag) is { Success: true } element)
            {
                var close = body.IndexOf("</" + element.Groups["name"].Value, last, StringComparison.OrdinalIgnoreCase);
                var closed = close < 0 ? -1 : body.IndexOf('>', close);
                last = closed < 0 || closed > end ? end : closed;
            }

            yield return new HtmlInline(tag) { Span = new SourceSpan(at, last) };
            at = last + 1;
        }
    }

    /// <summary>The element of <paramref name="sorted"/> (by start, not overlapping) holding <paramref name="position"/>.</summary>
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

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation();
        builder.InlineParsers.Replace<AutolinkInlineParser>(new RawHtmlParser());
        builder.InlineParsers.Replace<LinkInlineParser>(new BoundedLinkParser());
        builder.InlineParsers.RemoveAll(p => p is EmphasisInlineParser);
        return builder.Build();
    }

    [GeneratedRegex(@"^<(?<name>pre|code|script|style|textarea)(?=[\s/>])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnshownElementPattern();

    // More than 32 containers on a line: no comment needs them, and Markdig refuses (or slows down on) thousands of levels.
    // Each level is atomic, so a long line is read once.
    [GeneratedRegex(@"(?<![^\r\n])(?>[ \t]*(?:>|[-*+](?:[ \t]|(?=[\r\n]|\z))|[0-9]{1,9}[.)](?:[ \t]|(?=[\r\n]|\z)))){33}")]
    private static partial Regex TooDeepPattern();

    /// <summary>Asked for raw HTML only where it can close (<see cref="RawHtmlEnds"/>).</summary>
    private sealed class RawHtmlParser : AutolinkInlineParser
    {
        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            // Markdig clears the states at each block: the memory of closers lasts one paragraph or heading, the text read.
            if (processor.ParserStates[Index] is not RawHtmlEnds ends || !ReferenceEquals(ends.Text, slice.Text) || ends.End != slice.End)
            {
                processor.ParserStates[Index] = ends = new RawHtmlEnds(slice.Text, slice.End);
            }

            // Where no raw HTML can close, only an autolink may start (an address such as <?a@b.org>, read to its '>').
            return (ends.MayClose(slice.Start) || LinkHelper.TryParseAutolink(slice, out _, out _)) && base.Match(processor, ref slice);
        }
    }

    /// <summary>
    /// Markdig's reader of links within two bounds, so a comment of brackets reads in linear time: past <see cref="MaxOpenBrackets"/>
    /// open brackets a bracket is text (Markdig walks down all open ones for every later piece of the paragraph), and a link
    /// is read as cmark reads it where Markdig reads on to the end of the paragraph from every "](" (<see cref="LinkEnd"/>).
    /// </summary>
    private sealed class BoundedLinkParser : LinkInlineParser
    {
        private const int MaxOpenBrackets = 128;
        private const int MaxDestinationParentheses = 32;

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (slice.CurrentChar != ']')
            {
                return OpenBrackets(processor) < MaxOpenBrackets && base.Match(processor, ref slice);
            }

            var end = slice.End;
            slice.End = LinkEnd(slice);
            var matched = base.Match(processor, ref slice);
            slice.End = end;
            return matched;
        }

        private static int OpenBrackets(InlineProcessor processor)
        {
            var open = 0;
            var inline = processor.Root?.LastChild;
            for (; open < MaxOpenBrackets && inline is ContainerInline { IsClosed: false } container; inline = container.LastChild)
            {
                open++;
            }

            return open;
        }

        /// <summary>
        /// Where Markdig may read the link after the ']' at the slice's start: as cmark reads a destination and title, short of
        /// a destination's 33rd nested '(' or of a '(' inside a title in parentheses.
        /// </summary>
        private static int LinkEnd(StringSlice slice)
        {
            var (text, end, at) = (slice.Text, slice.End, slice.Start + 1);
            if (at > end || text[at] != '(' || (at = Spaces(text, at + 1, end)) > end || text[at] == '<')
            {
                return end; // no destination, or "<…>", which ends at its line's end
            }

            for (var depth = 0; at <= end && !char.IsWhiteSpace(text[at]) && !char.IsControl(text[at]); at++)
            {
                if (Escapes(text, at, end))
                {
                    at++;
                }
                else if ((text[at] == '(' && ++depth > MaxDestinationParentheses) || (text[at] == ')' && --depth < 0))
                {
                    return depth < 0 ? end : at - 1;
                }
            }

            if ((at = Spaces(text, at, end)) > end || text[at] != '(')
            {
                return end;
            }

            for (at++; at <= end && text[at] != ')'; at++)
            {
                if (Escapes(text, at, end))
                {
                    at++;
                }
                else if (text[at] == '(')
                {
                    return at - 1;
                }
            }

            return end;
        }

        private static int Spaces(string text, int at, int end)
        {
            while (at <= end && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            return at;
        }

        private static bool Escapes(string text, int at, int end) => text[at] == '\\' && at < end && text[at + 1].IsAsciiPunctuation();
    }
}
