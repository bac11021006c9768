namespace Ecosystem.Actions.Tests.Runtime;

/// <summary>
/// Reads printed output the way the runner does: a line whose text (after blanks) starts with <c>::</c> is a command,
/// and so is <c>##[name]</c> anywhere in a line (the runner's first syntax).
/// </summary>
public static class RunnerReading
{
    /// <summary>A hostile title: line breaks into commands, a mask, and raw NUL, ESC and BEL.</summary>
    public const string HostileTitle =
        "[Ecosystem] Torch\n::warning title=PWNED::PWNED warning\r\n::error::PWNED error\n  ::add-mask::PWNED\n##[error]PWNED legacy\0\u001b[31mred\a\u0085";

    private static readonly string[] AnnotationKeys = ["title", "file", "line", "endLine", "col", "endColumn"];

    /// <summary>Every command the runner would obey in <paramref name="output"/>, as its name and the rest of the line.</summary>
    public static IReadOnlyList<(string Name, string Line)> Commands(string output)
    {
        var commands = new List<(string, string)>();
        foreach (var line in output.Split('\n', '\r'))
        {
            var text = line.TrimStart();
            if (text.StartsWith("::", StringComparison.Ordinal))
            {
                var end = text.IndexOfAny([' ', ':'], 2);
                commands.Add((end < 0 ? text[2..] : text[2..end], line));
            }

            if (line.Contains("##[", StringComparison.Ordinal))
            {
                commands.Add(("##[", line));
            }
        }

        return commands;
    }

    /// <summary>
    /// Asserts that <paramref name="output"/> holds no command but the program's own (<paramref name="allowed"/>) with
    /// only the annotation properties, no mask of <paramref name="marker"/>, and no raw control character but tab and line feed.
    /// </summary>
    public static void AssertObeysNothingHostile(string output, string marker, params string[] allowed)
    {
        foreach (var (name, line) in Commands(output))
        {
            Assert.IsTrue(allowed.Contains(name, StringComparer.Ordinal), $"the runner would obey '{name}': {line}");
            var text = line.TrimStart();
            var data = text.IndexOf("::", 2, StringComparison.Ordinal);
            var properties = data < 0 || text.IndexOf(' ', 2) is var space && (space < 0 || space > data) ? "" : text[(text.IndexOf(' ', 2) + 1)..data];
            foreach (var property in properties.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.IsTrue(AnnotationKeys.Contains(property.Split('=')[0], StringComparer.Ordinal), $"a property the program never writes: {line}");
            }

            // In the program's own command the title's line break is escaped, so the hostile part is its data, not a line.
            var hostile = line.IndexOf(marker, StringComparison.Ordinal);
            Assert.IsTrue(hostile < 0 || line.IndexOf("%0A", StringComparison.Ordinal) is >= 0 and var escaped && escaped < hostile, $"a line of the hostile text became a command: {line}");
            if (name == "add-mask")
            {
                Assert.DoesNotContain(marker, line, $"hostile text masked: {line}");
            }
        }

        var raw = output.Where(c => char.IsControl(c) && c is not '\n' and not '\t').Select(c => $"U+{(int)c:X4}").ToList();
        Assert.IsEmpty(raw, "raw control characters printed: " + string.Join(", ", raw));
    }
}
