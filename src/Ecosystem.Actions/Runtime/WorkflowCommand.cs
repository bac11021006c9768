using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ecosystem.Actions.Runtime;

/// <summary>
/// What the runner reads from stdout: it obeys a line that starts (after blanks) with <c>::</c>, and a <c>##[command]</c>
/// anywhere in a line. Our own <c>::name key=value,key=value::message</c> lines are escaped exactly as <c>@actions/core</c>'s
/// <c>command.ts</c> escapes them; every other line may hold titles, bodies, logins and labels from GitHub, and is made
/// inert here, once (<see cref="Neutralise"/>). In both, control characters (NUL, ESC, BEL, CR, DEL, C1), which the
/// toolkit passes raw, are written as <c>\u001B</c>, and <c>##[</c> never appears.
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

            line.Append(first ? ' ' : ',').Append(key).Append('=').Append(Inert(EscapeProperty(text)));
            first = false;
        }

        return line.Append("::").Append(Inert(EscapeData(Value(message)))).ToString();
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

    /// <summary>
    /// A log text as lines the runner shows and never obeys. Line feeds stay (a message may span lines); each line
    /// that would start with <c>::</c> gets its first colon written as <c>%3A</c>, the toolkit's escape for it.
    /// </summary>
    public static string Neutralise(string text)
    {
        var lines = EscapeControls(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var start = line.Length - line.AsSpan().TrimStart().Length;
            if (string.CompareOrdinal(line, start, "::", 0, 2) == 0)
            {
                line = string.Concat(line.AsSpan(0, start), "%3A", line.AsSpan(start + 1));
            }

            lines[i] = NoLegacyCommand(line);
        }

        return string.Join('\n', lines);
    }

    private static string EscapeData(string value) => value
        .Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal)
        .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) => EscapeData(value)
        .Replace(":", "%3A", StringComparison.Ordinal)
        .Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary>Data or a property already escaped by the toolkit's rules (no line feed left), with no control character left raw either.</summary>
    private static string Inert(string escaped) => NoLegacyCommand(EscapeControls(escaped));

    /// <summary>Control characters but tab and line feed as <c>\uXXXX</c>, which the runner shows as text.</summary>
    private static string EscapeControls(string text) => text.Any(IsEscaped)
        ? string.Concat(text.Select(c =>
            IsEscaped(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : char.ToString(c)))
        : text;

    private static bool IsEscaped(char c) => char.IsControl(c) && c is not ('\t' or '\n');

    // The runner's first command syntax, still read anywhere in a line: "##[error]…", "##[add-mask]…".
    private static string NoLegacyCommand(string line) =>
        line.Contains("##[", StringComparison.Ordinal) ? line.Replace("##[", "##%5B", StringComparison.Ordinal) : line;
}
