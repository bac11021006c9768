using System.Globalization;
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

    public bool IsEmpty => _buffer.Length == 0;

    /// <summary>The Markdown not yet written.</summary>
    public string Text => _buffer.ToString();

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

    public StepSummary AddHeading(string text, int level = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 6);
        return AddMarkdown(string.Concat(new string('#', level), " ", text)).AddEol();
    }

    public StepSummary AddList(IEnumerable<string> items, bool ordered = false)
    {
        var number = 1;
        foreach (var item in items)
        {
            _buffer.Append(ordered ? string.Create(CultureInfo.InvariantCulture, $"{number++}. ") : "- ").Append(item).Append('\n');
        }

        return AddEol();
    }

    public StepSummary AddCodeBlock(string code, string language = "")
    {
        var fence = code.Contains("```", StringComparison.Ordinal) ? "````" : "```";
        return AddMarkdown(string.Concat(fence, language, "\n", code.TrimEnd('\n'), "\n", fence)).AddEol();
    }

    /// <summary>Writes the buffered Markdown (appending to the file, or replacing its content) and empties the buffer.</summary>
    public void Write(bool overwrite = false)
    {
        _runtime.WriteSummary(_buffer.ToString(), overwrite);
        _buffer.Clear();
    }

    public void Clear() => _buffer.Clear();
}
