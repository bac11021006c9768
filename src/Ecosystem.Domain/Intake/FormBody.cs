using System.Runtime.InteropServices;
using Ecosystem.Domain.Text;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// An issue body as Markdig reads its blocks: its lines (broken only at <c>\n</c>, <c>\r\n</c> and <c>\r</c>, as
/// GitHub breaks them), the form's question headings outside fenced code, and a hand-written note at its end.
/// </summary>
/// <remarks>
/// The pipeline, built once, knows only the blocks that decide where a question starts: fenced code (a heading inside
/// is text), the form heading (<see cref="FormHeadingParser"/>), thematic breaks and paragraphs (left unparsed inside).
/// Quotes, lists and HTML blocks are left out on purpose: GitHub's form parser splits at a <c>###</c> line inside an
/// HTML block or a list item too, and without containers no body is too deep for Markdig.
/// </remarks>
internal sealed class FormBody
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private readonly string[] _lines;
    private readonly List<int> _rules = [];
    private readonly List<int> _paragraphs = [];

    public FormBody(string text)
    {
        text = ShownText.WithoutByteOrderMark(text);
        var document = Markdown.Parse(text, Pipeline);
        var starts = document.LineStartIndexes ?? [];
        _lines = new string[starts.Count];
        for (var i = 0; i < _lines.Length; i++)
        {
            _lines[i] = text[starts[i]..(i + 1 < starts.Count ? starts[i + 1] : text.Length)].TrimEnd('\r', '\n');
        }

        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Parser: FormHeadingParser } heading:
                    // The heading's text: the rest of its line, without a closing run of '#'.
                    Headings.Add((heading.Lines.ToString().Trim().TrimEnd('#').Trim(), heading.Line));
                    break;
                case HeadingBlock { IsSetext: true, Level: 2, HeaderCharCount: >= 3 } setext: // "text\n---": a rule under the text
                    var underline = CollectionsMarshal.AsSpan(starts).BinarySearch(setext.Span.End);
                    _rules.Add(underline >= 0 ? underline : ~underline - 1);
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

    /// <summary>The form headings in order: their text and their line (counted from 0).</summary>
    public List<(string Text, int Line)> Headings { get; } = [];

    /// <summary>Lines <paramref name="from"/> (counted from 0) to <paramref name="to"/> (excluded), without line breaks.</summary>
    public string[] Lines(int from, int to) => _lines[from..to];

    /// <summary>
    /// Where the answer that starts after line <paramref name="from"/> ends: before a hand-written "Update …" paragraph
    /// that ends the body and is set apart by a blank line or a rule (the rules and blank lines before it go with the
    /// note, which no answer keeps), else at the end of the body.
    /// </summary>
    public int AnswerEnd(int from)
    {
        foreach (var line in _paragraphs)
        {
            if (line > from + 1 && IsBreak(line - 1) && StartsNote(_lines[line]))
            {
                var cut = line;
                while (cut - 1 > from && IsBreak(cut - 1))
                {
                    cut--;
                }

                return cut;
            }
        }

        return _lines.Length;
    }

    /// <summary>A paragraph that opens a hand-written note: "Update:", "**Update (May 2025)**", "EDIT -".</summary>
    private static bool StartsNote(string line)
    {
        var text = line.AsSpan().Trim().TrimStart("*_#> ").ToString();
        foreach (var word in (string[])["update", "updated", "edit", "edited"])
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                // "Update: …", "Update (May 2025)", "**Update**", "Update - …", "Update 2025-05-01": not "Update the docs".
                var after = text.AsSpan(word.Length).TrimStart(' ');
                if (after.IsEmpty || after[0] is ':' or '(' or '*' or '_' or '-' or '–' or '—' || char.IsDigit(after[0]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation();
        builder.BlockParsers.Clear();
        builder.BlockParsers.AddRange([new ThematicBreakParser(), new FormHeadingParser(), new FencedCodeBlockParser(), new TextParagraphParser()]);
        builder.InlineParsers.Clear();
        return builder.Build();
    }

    // Spans, not List<int>.BinarySearch: the list's search goes through a comparer the runtime makes by reflection, three
    // methods compiled at every start instead of precompiled ones.
    private bool IsBreak(int line) => CollectionsMarshal.AsSpan(_rules).BinarySearch(line) >= 0 || string.IsNullOrWhiteSpace(_lines[line]);

    /// <summary>
    /// A question heading of the issue form as GitHub's own form parser (<c>@github/issue-parser</c>) finds it:
    /// <c>###</c> after at most three spaces and not followed by a fourth <c>#</c>. Unlike a CommonMark heading, no
    /// space is needed after the <c>###</c> (GitHub reads <c>###Website URL</c> as that question). Inside a fenced
    /// code block Markdig never asks this parser, so a heading there stays answer text.
    /// </summary>
    private sealed class FormHeadingParser : BlockParser
    {
        public FormHeadingParser()
        {
            OpeningCharacters = ['#'];
        }

        public override BlockState TryOpen(BlockProcessor processor)
        {
            var line = processor.Line;
            if (processor.IsCodeIndent || !line.Match("###") || line.PeekChar(3) == '#')
            {
                return BlockState.None;
            }

            processor.NewBlocks.Push(new HeadingBlock(this)
            {
                HeaderChar = '#',
                Level = 3,
                Column = processor.Column,
                Span = new SourceSpan(line.Start, line.End),
                ProcessInlines = false,
            });
            processor.Line.Start = line.Start + 3;
            return BlockState.Break;
        }
    }

    /// <summary>Paragraphs as CommonMark delimits them, left unparsed inside: the reader reads their lines, not their inlines.</summary>
    private sealed class TextParagraphParser : ParagraphBlockParser
    {
        public override BlockState TryOpen(BlockProcessor processor)
        {
            var state = base.TryOpen(processor);
            if (processor.NewBlocks.TryPeek(out var block) && block is ParagraphBlock paragraph)
            {
                paragraph.ProcessInlines = false;
            }

            return state;
        }
    }
}
