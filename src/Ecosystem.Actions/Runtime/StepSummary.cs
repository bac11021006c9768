using System.Text;

namespace Ecosystem.Actions.Runtime;

/// <summary>
/// A Markdown job summary built up and then appended once to the file <c>GITHUB_STEP_SUMMARY</c> names. Unlike
/// <c>@actions/core</c>, a runner that gives no summary file (a local runner, a hand-set <c>GITHUB_OUTPUT</c>) is no
/// failure: the summary goes to stdout under a heading, as outside Actions.
/// </summary>
public sealed class StepSummary(string? path, Action<string> printLine)
{
    private readonly StringBuilder _buffer = new();

    public StepSummary AddMarkdown(string markdown, bool addEol = true)
    {
        _buffer.Append(markdown).Append(addEol ? "\n" : "");
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
