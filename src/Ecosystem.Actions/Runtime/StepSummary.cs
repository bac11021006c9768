using System.Text;

namespace Ecosystem.Actions.Runtime;

/// <summary>
/// A Markdown job summary built up and then written once: appended to the file <c>GITHUB_STEP_SUMMARY</c> names,
/// or, outside Actions, printed to stdout under a heading.
/// </summary>
public sealed class StepSummary
{
    private readonly ActionsRuntime _runtime;
    private readonly StringBuilder _buffer = new();

    internal StepSummary(ActionsRuntime runtime) => _runtime = runtime;

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
        if (_buffer.Length > 0)
        {
            _runtime.WriteSummary(_buffer.ToString());
            _buffer.Clear();
        }
    }
}
