using Markdig.Parsers;
using Markdig.Syntax;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// A question heading of the issue form as GitHub's own form parser (<c>@github/issue-parser</c>) finds it:
/// <c>###</c> after at most three spaces and not followed by a fourth <c>#</c>. Unlike a CommonMark heading, no
/// space is needed after the <c>###</c> (GitHub reads <c>###Website URL</c> as that question). Inside a fenced
/// code block Markdig never asks this parser, so a heading there stays answer text.
/// </summary>
internal sealed class FormHeadingParser : BlockParser
{
    public FormHeadingParser()
    {
        OpeningCharacters = ['#'];
    }

    /// <summary>The heading's text: the rest of its line, without a closing run of <c>#</c>.</summary>
    public static string TextOf(HeadingBlock heading) => heading.Lines.ToString().Trim().TrimEnd('#').Trim();

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
