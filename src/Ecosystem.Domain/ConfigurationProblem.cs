using System.Diagnostics.CodeAnalysis;

namespace Ecosystem.Domain;

/// <summary>
/// One thing wrong with the configuration: where (a dotted key path such as <c>sessions.batch.max</c>, or empty for the
/// file as a whole) and what, in words for people. A rule between keys names the other keys it <see cref="Reads"/>: a key
/// that could not be read keeps its default, which no rule should judge. A message that already names its key (starting
/// with it, or quoting it) is shown alone.
/// </summary>
public sealed record ConfigurationProblem(string KeyPath, string Message, params string[] Reads)
{
    /// <summary>The line of the key (1-based) when its value came from the configuration file, in the repository or not; else null.</summary>
    public int? Line { get; init; }

    /// <summary>The column of the key on <see cref="Line"/> (1-based), or null.</summary>
    public int? Column { get; init; }

    public override string ToString() =>
        KeyPath.Length == 0 || Message.StartsWith(KeyPath, StringComparison.Ordinal) || Message.Contains($"`{KeyPath}`", StringComparison.Ordinal)
            ? Message : $"{KeyPath}: {Message}";

    /// <summary>A reader's answer for a text that is its own value: the text, or false and the <paramref name="problem"/>.</summary>
    public static bool TryAccept(string text, string? problem, [NotNullWhen(true)] out string? value, out string message)
    {
        (value, message) = (problem is null ? text : null, problem ?? "");
        return problem is null;
    }
}
