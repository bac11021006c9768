using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// An issue body as Markdig reads its blocks: its lines (broken only at <c>\n</c>, <c>\r\n</c> and <c>\r</c>, as
/// GitHub breaks them), the form's question headings outside fenced code, the paragraphs and the rules.
/// </summary>
/// <remarks>
/// The pipeline knows only the blocks that decide where a question starts: fenced code (a heading inside is text),
/// the form heading (<see cref="FormHeadingParser"/>), thematic breaks and paragraphs. Quotes, lists and HTML
/// blocks are left out on purpose: GitHub's form parser splits at a <c>###</c> line inside an HTML block or a
/// list item too, and without them Markdig has no container to nest, so no body is too deep to read.
/// </remarks>
internal sealed class FormBody
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private readonly string _text;
    private readonly List<int> _starts;
    private readonly HashSet<int> _rules = [];
    private readonly HashSet<int> _paragraphs = [];

    public FormBody(string text)
    {
        _text = text;
        var document = Markdown.Parse(text, Pipeline);
        _starts = document.LineStartIndexes ?? [];
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Parser: FormHeadingParser } heading:
                    Headings.Add((heading.Line, FormHeadingParser.TextOf(heading)));
                    break;
                case HeadingBlock { IsSetext: true, Level: 2 } setext:
                    _rules.Add(LineOf(setext.Span.End)); // "text\n---": the underline reads as a rule under the text
                    break;
                case ThematicBreakBlock rule:
                    _rules.Add(rule.Line);
                    break;
                case ParagraphBlock paragraph:
                    _paragraphs.Add(paragraph.Line);
                    break;
            }
        }
    }

    /// <summary>The form headings in order: their line (from 0) and text; a stray <c>###</c> has empty text.</summary>
    public List<(int Line, string Text)> Headings { get; } = [];

    public int LineCount => _starts.Count;

    /// <summary>The text of line <paramref name="line"/> (from 0), without its line break.</summary>
    public string this[int line]
    {
        get
        {
            var end = line + 1 < _starts.Count ? _starts[line + 1] : _text.Length;
            return _text[_starts[line]..end].TrimEnd('\r', '\n');
        }
    }

    /// <summary>True for a blank line or a thematic break: what sets a paragraph apart.</summary>
    public bool IsBreak(int line) => _rules.Contains(line) || string.IsNullOrWhiteSpace(this[line]);

    public bool StartsParagraph(int line) => _paragraphs.Contains(line);

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation();
        builder.BlockParsers.Clear();
        builder.BlockParsers.AddRange([new ThematicBreakParser(), new FormHeadingParser(), new FencedCodeBlockParser(), new ParagraphBlockParser()]);
        builder.InlineParsers.Clear();
        return builder.Build();
    }

    private int LineOf(int position)
    {
        var index = _starts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }
}
