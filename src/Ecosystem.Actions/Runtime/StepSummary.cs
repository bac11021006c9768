using System.Text;

namespace Ecosystem.Actions.Runtime;

/// <summary>
/// A Markdown job summary built up and then written once: appended to the file <c>GITHUB_STEP_SUMMARY</c> names,
/// or, outside Actions, printed to stdout under a heading.
/// </summary>
public sealed class StepSummary
{
    private readonly StringBuilder _buffer = new();
    private readonly string? _path;
    private readonly Action<string> _printLine;

    // Unlike @actions/core, a runner that gives outputs but no summary file (a local runner, a hand-set GITHUB_OUTPUT)
    // is no failure: without a path the summary goes to stdout as it does outside Actions.
    internal StepSummary(string? path, Action<string> printLine) => (_path, _printLine) = (path, printLine);

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
        if (!string.IsNullOrEmpty(_path))
        {
            File.AppendAllText(_path, markdown, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        else
        {
            _printLine("== Summary ==");
            _printLine(markdown.TrimEnd('\n'));
        }
    }
}
