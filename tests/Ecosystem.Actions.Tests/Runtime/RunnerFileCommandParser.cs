namespace Ecosystem.Actions.Tests.Runtime;

/// <summary>
/// Reads a GITHUB_OUTPUT/ENV/STATE file the way actions/runner's file command manager does: line by line
/// (<c>ReadLine</c>), <c>name=value</c> when '=' comes before any '&lt;&lt;', otherwise a <c>name&lt;&lt;DELIMITER</c> block
/// up to the line that is exactly the delimiter, its lines joined with a newline.
/// </summary>
public static class RunnerFileCommandParser
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string content)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        using var reader = new StringReader(content);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var equals = line.IndexOf('=');
            var heredoc = line.IndexOf("<<");
            if (equals >= 0 && (heredoc < 0 || equals < heredoc))
            {
                pairs.Add(new(Key(line[..equals]), line[(equals + 1)..]));
            }
            else if (heredoc >= 0)
            {
                var name = Key(line[..heredoc]);
                var delimiter = line[(heredoc + 2)..];
                if (delimiter.Length == 0)
                {
                    throw new FormatException($"Invalid value: delimiter cannot be empty in '{line}'.");
                }

                var lines = new List<string>();
                while (true)
                {
                    var next = reader.ReadLine() ?? throw new FormatException($"Invalid value: matching delimiter not found '{delimiter}'.");
                    if (next == delimiter)
                    {
                        break;
                    }

                    lines.Add(next);
                }

                pairs.Add(new(name, string.Join("\n", lines)));
            }
            else
            {
                throw new FormatException($"Invalid format '{line}'.");
            }
        }

        return pairs;
    }

    private static string Key(string key) =>
        key.Length > 0 ? key : throw new FormatException("Invalid format: name cannot be empty.");
}
