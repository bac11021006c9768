using System.Runtime.InteropServices;
using Ecosystem.Domain.Text;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// An issue body as Markdig reads its blocks: its lines (broken as GitHub breaks them), the form's question headings
/// outside fenced code, and a hand-written note at its end.
/// </summary>
/// <remarks>
/// The pipeline knows only the blocks that decide where a question starts: fenced code, the form heading, thematic breaks
/// and paragraphs (left unparsed inside). Quotes, lists and HTML blocks are left out on purpose: GitHub's form parser
/// splits at a <c>###</c> line inside an HTML block or a list item too, and without containers no body is too deep for Markdig.
/// </remarks>
internal sealed class FormBody
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private readonly string[] _lines;
    private readonly List<int> _rules = [];
    private readonly List<int> _paragraphs = [];

    // The form's question headings end a fence nothing closes.
    public FormBody(string text, ApplicationForm form)
    {
        text = ShownText.WithoutByteOrderMark(text);
        var context = new MarkdownParserContext();
        context.Properties[typeof(ApplicationForm)] = form;
        var document = Markdown.Parse(text, Pipeline, context);
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
                    Headings.Add((Label(heading.Lines.ToString()), heading.Line));
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

    /// <summary>The form headings in order, their lines counted from 0.</summary>
    public List<(string Text, int Line)> Headings { get; } = [];

    /// <summary>Without line breaks, <paramref name="to"/> excluded.</summary>
    public string[] Lines(int from, int to) => _lines[from..to];

    /// <summary>
    /// Where the answer that starts after line <paramref name="from"/> ends: before a hand-written "Update …" paragraph that
    /// ends the body, set apart by a blank line or a rule (which go with the note, which no answer keeps).
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
        builder.BlockParsers.AddRange([new ThematicBreakParser(), new FormHeadingParser(), new FencedAnswerParser(), new TextParagraphParser()]);
        builder.InlineParsers.Clear();
        return builder.Build();
    }

    /// <summary>The rest of a heading's line after the <c>###</c>, without a closing run of '#'.</summary>
    private static string Label(string rest) => rest.Trim().TrimEnd('#').Trim();

    // Spans, not List<int>.BinarySearch: the list's search goes through a comparer the runtime makes by reflection, three
    // methods compiled at every start instead of precompiled ones.
    private bool IsBreak(int line) => CollectionsMarshal.AsSpan(_rules).BinarySearch(line) >= 0 || string.IsNullOrWhiteSpace(_lines[line]);

    /// <summary>
    /// A question heading as GitHub's own form parser (<c>@github/issue-parser</c>) finds it: <c>###</c> after at most three
    /// spaces, no fourth <c>#</c>. Unlike CommonMark, no space is needed after it (<c>###Website URL</c>). Inside fenced code
    /// Markdig never asks this parser, so a heading there stays answer text.
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

    /// <summary>
    /// Fenced code as CommonMark reads it, but a fence that nothing closes (a snippet pasted without its closing fence) ends
    /// before the next line that is exactly a question's heading, which GitHub's form parser reads as that question. A fence
    /// closed further on is a quoted snippet and keeps such a line as code. Whether a fence closes is looked up in one table
    /// built once (<see cref="LongestClosingFences"/>), so a chain of fences never closed reads in one pass.
    /// </summary>
    private sealed class FencedAnswerParser : FencedCodeBlockParser
    {
        public override BlockState TryContinue(BlockProcessor processor, Block block)
        {
            var line = processor.Line;
            if (block is FencedCodeBlock fence && !processor.IsCodeIndent && line.Match("###") && line.PeekChar(3) != '#'
                && LongestClosingFenceAfter(processor, fence.FencedChar) < fence.OpeningFencedCharCount
                && processor.Context?.Properties[typeof(ApplicationForm)] is ApplicationForm form && form.QuestionFor(Label(line.ToString()[3..])) >= 0)
            {
                return BlockState.None; // the fence ends; the heading opens its question
            }

            return base.TryContinue(processor, block);
        }

        private int LongestClosingFenceAfter(BlockProcessor processor, char fence)
        {
            if (processor.Document.GetData(this) is not int[][] longest)
            {
                processor.Document.SetData(this, longest = LongestClosingFences(processor.Line.Text));
            }

            return longest[fence == '`' ? 0 : 1][processor.LineIndex];
        }

        /// <summary>
        /// For each line of <paramref name="text"/> (as Markdig numbers them), the longest run of backticks (first array) and
        /// of tildes (second) that makes a later line a closing fence: at most three spaces, the run, nothing but spaces.
        /// </summary>
        private static int[][] LongestClosingFences(string text)
        {
            var lines = MarkdownText.Lines(text);
            int[][] longest = [new int[lines.Length], new int[lines.Length]];
            for (var i = lines.Length - 2; i >= 0; i--)
            {
                var line = lines[i + 1].AsSpan();
                var fence = line.TrimStart(' ');
                var run = line.Length - fence.Length <= 3 && fence.Length > 0 ? fence.IndexOfAnyExcept(fence[0]) : 0;
                run = run < 0 ? fence.Length : run;
                var closes = fence.Length > 0 && fence[run..].Trim(" \t\v\f").IsEmpty;
                longest[0][i] = Math.Max(longest[0][i + 1], closes && fence[0] == '`' ? run : 0);
                longest[1][i] = Math.Max(longest[1][i + 1], closes && fence[0] == '~' ? run : 0);
            }

            return longest;
        }
    }

    /// <summary>Left unparsed inside: the reader reads their lines, not their inlines.</summary>
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
