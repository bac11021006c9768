using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ecosystem.Domain.Voting;

/// <summary>Where each character of a body ends up once rendered: its leaf block and its innermost inline.</summary>
internal sealed class RenderedComment
{
    private readonly LeafBlock[] _blocks;
    private readonly Inline[] _inlines;

    private RenderedComment(LeafBlock[] blocks, Inline[] inlines)
    {
        _blocks = blocks;
        _inlines = inlines;
    }

    /// <summary>The body's structure; null when Markdig's nesting limit refuses it.</summary>
    public static RenderedComment? Parse(string body, MarkdownPipeline pipeline)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, pipeline);
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
        return new RenderedComment(blocks, inlines);
    }

    /// <summary>Why the character at <paramref name="position"/> is not the commenter's own shown text; null when it is.</summary>
    public string? WhyNotText(int position)
    {
        var block = Covering(_blocks, position);
        if (block is null)
        {
            return VoteCommandParser.NotShownAsText;
        }

        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is QuoteBlock)
            {
                return VoteCommandParser.InQuote;
            }
        }

        switch (block)
        {
            case CodeBlock:
                return VoteCommandParser.InCodeBlock;
            case HtmlBlock html:
                return html.Type == HtmlBlockType.Comment ? VoteCommandParser.InHtmlComment : VoteCommandParser.InHtml;
            case ParagraphBlock or HeadingBlock:
                break;
            default:
                return VoteCommandParser.NotShownAsText;
        }

        return Covering(_inlines, position) switch
        {
            LiteralInline => null,
            CodeInline => VoteCommandParser.InCode,
            HtmlInline html => html.Tag.StartsWith("<!--", StringComparison.Ordinal) ? VoteCommandParser.InHtmlComment : VoteCommandParser.InHtml,
            _ => VoteCommandParser.NotShownAsText,
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
}
