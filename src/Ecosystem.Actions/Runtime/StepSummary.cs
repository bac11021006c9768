using System.Text;

namespace Ecosystem.Actions.Runtime;

/// <summary>
/// A Markdown job summary built up and then written once: appended to the file <c>GITHUB_STEP_SUMMARY</c> names,
/// or, outside Actions, printed to stdout under a heading. Unlike <c>@actions/core</c>, a runner that gives outputs but
/// no summary file (a local runner, a hand-set <c>GITHUB_OUTPUT</c>) is no failure: without one the summary goes to
/// stdout as it does outside Actions.
/// </summary>
public sealed class StepSummary(string? path, Action<string> printLine)
{
    private readonly StringBuilder _buffer = new();

    public StepSummary AddMarkdown(string markdown, bool addEol = true)
    {
        _buffer.Append(markdown);
        return addEol ? AddEol() : this;
    }

    public StepSummary AddEol()
    {
        _buffer.Append('\n');
        return this;
    }

    /// <summary>Appends the buffered Markdown to the summary and empties the buffer; an empty buffer writes nothing.</summary>
    public void Write()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        var markdown = _buffer.ToString();
        _buffer.Clear();
        if (!string.IsNullOrEmpty(path))
        {
            File.AppendAllText(path, markdown, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        else
        {
            printLine("== Summary ==");
            printLine(markdown.TrimEnd('\n'));
        }
    }
}
