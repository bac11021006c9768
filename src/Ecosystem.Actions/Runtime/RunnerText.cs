using System.Globalization;
using System.Text;

namespace Ecosystem.Actions.Runtime;

/// <summary>
/// What this program prints reaches the runner, which obeys a line that starts (after blanks) with <c>::</c> and a
/// <c>##[command]</c> anywhere in a line. Titles, bodies, logins and labels from GitHub are printed inside our own
/// messages, so every printed line is made inert here, once: control characters (NUL, ESC, BEL, CR, DEL, C1) are
/// written as <c>\u001B</c>, a line can never start with <c>::</c>, and <c>##[</c> never appears.
/// </summary>
public static class RunnerText
{
    /// <summary>
    /// A log text as lines the runner shows and never obeys. Line feeds stay (a message may span lines); each line
    /// that would start with <c>::</c> gets its first colon written as <c>%3A</c>, the toolkit's escape for it.
    /// </summary>
    public static string Neutralise(string text)
    {
        var lines = EscapeControls(text, keepLineFeeds: true).Split('\n');
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

    /// <summary>The data or a property of a workflow command, already escaped by the toolkit's rules: no control character left raw.</summary>
    public static string CommandPart(string escaped) => NoLegacyCommand(EscapeControls(escaped, keepLineFeeds: false));

    /// <summary>Control characters (but tab, and line feed when kept) as <c>\uXXXX</c>, which the runner shows as text.</summary>
    private static string EscapeControls(string text, bool keepLineFeeds)
    {
        if (!text.Any(c => IsEscaped(c, keepLineFeeds)))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsEscaped(c, keepLineFeeds))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool IsEscaped(char c, bool keepLineFeeds) =>
        char.IsControl(c) && c != '\t' && !(keepLineFeeds && c == '\n');

    // The runner's first command syntax, still read anywhere in a line: "##[error]…", "##[add-mask]…".
    private static string NoLegacyCommand(string line) =>
        line.Contains("##[", StringComparison.Ordinal) ? line.Replace("##[", "##%5B", StringComparison.Ordinal) : line;
}
