namespace Ecosystem.Actions.Runtime;

/// <summary>
/// The file commands of <c>file-command.ts</c>: a <c>name&lt;&lt;delimiter</c> block, appended by
/// <see cref="ActionsRuntime.SetOutput"/> to the file named by <c>GITHUB_OUTPUT</c> (the one file command the program uses).
/// </summary>
public static class FileCommand
{
    public const string DelimiterPrefix = "ghadelimiter_";

    /// <summary>The key/value block, without the final line ending; refuses a name or value holding the delimiter.</summary>
    public static string PrepareKeyValueMessage(string name, object? value, string delimiter)
    {
        var text = WorkflowCommand.Value(value);
        if (name.Contains(delimiter, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Unexpected input: name should not contain the delimiter \"{delimiter}\"");
        }

        if (text.Contains(delimiter, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Unexpected input: value should not contain the delimiter \"{delimiter}\"");
        }

        return $"{name}<<{delimiter}\n{text}\n{delimiter}";
    }
}
