using System.Text;

namespace Ecosystem.Actions.Runtime;

/// <summary>
/// <c>@actions/core</c> as an instance: inputs, outputs, summary, secrets and logging,
/// built from an environment dictionary and a writer so that nothing touches the process.
/// With <c>GITHUB_OUTPUT</c> set it speaks to the runner (file commands and <c>::</c> workflow commands);
/// without it, it writes for a person at a terminal. One run writes through it from one flow of awaits, never from two
/// threads at once: it takes no lock.
/// </summary>
public sealed class ActionsRuntime
{
    private readonly IReadOnlyDictionary<string, string?> _environment;
    private readonly TextWriter _stdout;
    private readonly Func<string> _newDelimiter;

    // The values registered with ::add-mask::, longest first so that a secret containing another is masked whole. The
    // runner masks them in the log; masking them here too is the second line of defence, also outside Actions where
    // no runner masks anything.
    private readonly List<string> _secrets = [];

    // newDelimiter makes the delimiter of each output's file command; tests fix it to check the guard.
    public ActionsRuntime(IReadOnlyDictionary<string, string?> environment, TextWriter stdout, Func<string>? newDelimiter = null)
    {
        _environment = environment;
        _stdout = stdout;
        _newDelimiter = newDelimiter ?? (static () => "ghadelimiter_" + Guid.NewGuid().ToString("D"));
        Summary = new StepSummary(IsRunningInActions ? _environment.GetValueOrDefault("GITHUB_STEP_SUMMARY") : null, WriteLine);
    }

    /// <summary>True when a runner is listening: the file named by <c>GITHUB_OUTPUT</c> receives outputs.</summary>
    public bool IsRunningInActions => !string.IsNullOrEmpty(_environment.GetValueOrDefault("GITHUB_OUTPUT"));

    /// <summary><c>RUNNER_DEBUG=1</c>, as <c>core.isDebug()</c>.</summary>
    public bool IsDebug => _environment.GetValueOrDefault("RUNNER_DEBUG") == "1";

    public StepSummary Summary { get; }

    /// <summary>
    /// The input's value, trimmed; empty when not given (as <c>core.getInput</c> without options). Its variable is
    /// <c>INPUT_</c> and the name, spaces to <c>_</c>, upper case; hyphens stay.
    /// </summary>
    public string GetInput(string name) => (_environment.GetValueOrDefault("INPUT_" + name.Replace(' ', '_').ToUpperInvariant()) ?? string.Empty).Trim();

    /// <summary>A boolean in the YAML 1.2 core schema: <c>true | True | TRUE | false | False | FALSE</c>.</summary>
    public bool GetBooleanInput(string name) => GetInput(name) switch
    {
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        _ => throw new SetupException(
            $"Input does not meet YAML 1.2 \"Core Schema\" specification: {name}\n" +
            "Support boolean input list: `true | True | TRUE | false | False | FALSE`"),
    };

    /// <summary>
    /// Sets a step output; strings as they are, booleans <c>true</c>/<c>false</c>, anything else as JSON. In Actions it is
    /// the file command of <c>file-command.ts</c>, a <c>name&lt;&lt;delimiter</c> block appended to <c>GITHUB_OUTPUT</c>;
    /// a name or value holding the delimiter is refused.
    /// </summary>
    public void SetOutput(string name, object? value)
    {
        if (!IsRunningInActions)
        {
            WriteLine($"output {name} = {WorkflowCommand.Value(value)}");
            return;
        }

        var path = _environment.GetValueOrDefault("GITHUB_OUTPUT") ?? string.Empty;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Missing file at path: {path} (named by GITHUB_OUTPUT).");
        }

        var text = WorkflowCommand.Value(value);
        var delimiter = _newDelimiter();
        foreach (var (part, written) in new[] { ("name", name), ("value", text) })
        {
            if (written.Contains(delimiter, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Unexpected input: {part} should not contain the delimiter \"{delimiter}\"");
            }
        }

        File.AppendAllText(path, $"{name}<<{delimiter}\n{text}\n{delimiter}\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>
    /// Registers a secret: <c>::add-mask::</c> for the runner (never printed outside Actions, where it would show the
    /// secret itself) and masked in everything this runtime writes afterwards.
    /// </summary>
    public void SetSecret(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || _secrets.Contains(secret))
        {
            return;
        }

        _secrets.Add(secret);
        _secrets.Sort((left, right) => right.Length.CompareTo(left.Length));
        if (IsRunningInActions)
        {
            WriteRaw(WorkflowCommand.Format("add-mask", secret));
        }
    }

    public void Info(string message) => WriteLine(message);

    /// <summary>A debug line; outside Actions shown only with <c>RUNNER_DEBUG=1</c>.</summary>
    public void Debug(string message)
    {
        if (IsRunningInActions)
        {
            WriteCommand(WorkflowCommand.Format("debug", message));
        }
        else if (IsDebug)
        {
            WriteLine("debug: " + message);
        }
    }

    public void Notice(string message, AnnotationProperties? properties = null) => Annotate("notice", message, properties);

    public void Warning(string message, AnnotationProperties? properties = null) => Annotate("warning", message, properties);

    public void Error(string message, AnnotationProperties? properties = null) => Annotate("error", message, properties);

    private void Annotate(string command, string message, AnnotationProperties? properties)
    {
        if (IsRunningInActions)
        {
            var inRepository = Path.IsPathRooted(properties?.File) ? null : properties?.File;
            WriteCommand(WorkflowCommand.Format(command, [new("title", properties?.Title), new("file", inRepository),
                new("line", properties?.Line), new("col", properties?.Column)], message));
            return;
        }

        var at = properties?.Line is { } line ? $":{line}" + (properties.Column is { } column ? $":{column}" : "") : string.Empty;
        var where = properties?.File is { } file ? $"{file}{at}: " : string.Empty;
        var title = properties?.Title is { Length: > 0 } heading ? heading + ": " : string.Empty;
        WriteLine($"{command}: {where}{title}{message}");
    }

    /// <summary>A text for the log, which may hold text from GitHub: made inert for the runner, secrets masked.</summary>
    public string Printable(string text) => Mask(WorkflowCommand.Neutralise(text));

    private void WriteLine(string line) => WriteRaw(Printable(line));

    /// <summary>One of our own commands, its data and properties escaped by <see cref="WorkflowCommand.Format(string, string)"/>.</summary>
    private void WriteCommand(string command) => WriteRaw(Mask(command));

    private string Mask(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        return text;
    }

    private void WriteRaw(string line)
    {
        _stdout.Write(line);
        _stdout.Write('\n');
        _stdout.Flush();
    }
}
