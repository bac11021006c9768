using System.Text;
using System.Text.Json;

namespace Ecosystem.Actions.Runtime;

/// <summary>
/// The <c>::name key=value,key=value::message</c> lines the runner reads from stdout, escaped exactly as
/// <c>@actions/core</c>'s <c>command.ts</c> escapes them; other control characters, which the toolkit passes raw, are
/// written as <c>\uXXXX</c> (<see cref="RunnerText"/>).
/// </summary>
public static class WorkflowCommand
{
    public static string Format(string command, string message) =>
        Format(command, [], message);

    /// <summary>
    /// One command line without the line ending. Properties whose value is null or empty are left out,
    /// as the toolkit leaves out falsy values.
    /// </summary>
    public static string Format(string command, IEnumerable<KeyValuePair<string, object?>> properties, object? message)
    {
        var line = new StringBuilder("::").Append(string.IsNullOrEmpty(command) ? "missing.command" : command);
        var first = true;
        foreach (var (key, value) in properties)
        {
            var text = Value(value);
            if (text.Length == 0)
            {
                continue;
            }

            line.Append(first ? ' ' : ',').Append(key).Append('=').Append(RunnerText.CommandPart(EscapeProperty(text)));
            first = false;
        }

        return line.Append("::").Append(RunnerText.CommandPart(EscapeData(Value(message)))).ToString();
    }

    /// <summary>
    /// <c>toCommandValue</c> of the toolkit: null is empty, strings pass as they are, everything else is JSON,
    /// so a boolean is <c>true</c>/<c>false</c> in lower case (never .NET's <c>True</c>).
    /// </summary>
    public static string Value(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        _ => JsonSerializer.Serialize(value, value.GetType(), OutputJson.Default),
    };

    private static string EscapeData(string value) => value
        .Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal)
        .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) => EscapeData(value)
        .Replace(":", "%3A", StringComparison.Ordinal)
        .Replace(",", "%2C", StringComparison.Ordinal);
}
