using System.Text;

namespace Ecosystem.Actions.Runtime;

/// <summary>
/// The file commands of <c>file-command.ts</c>: a <c>name&lt;&lt;delimiter</c> block appended to the file named by
/// <c>GITHUB_OUTPUT</c>, <c>GITHUB_ENV</c> or <c>GITHUB_STATE</c>.
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

    /// <summary>Appends <paramref name="message"/> and a line ending to the file that <c>GITHUB_{command}</c> names.</summary>
    public static void Issue(IReadOnlyDictionary<string, string?> environment, string command, string message)
    {
        var variable = $"GITHUB_{command}";
        var path = environment.GetValueOrDefault(variable);
        if (string.IsNullOrEmpty(path))
        {
            throw new InvalidOperationException($"Unable to find environment variable for file command {command} ({variable} is not set).");
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Missing file at path: {path} (named by {variable}).");
        }

        File.AppendAllText(path, message + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
