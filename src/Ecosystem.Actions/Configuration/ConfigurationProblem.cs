namespace Ecosystem.Actions.Configuration;

/// <summary>One thing wrong with the configuration: where (a dotted key path such as
/// <c>sessions.batch.max</c>, or empty for the file as a whole) and what, in words for people.
/// A message that already names its key (starting with it, or quoting it) is shown alone.</summary>
public sealed record ConfigurationProblem(string KeyPath, string Message)
{
    /// <summary>A domain rule's problem, written <c>key.path: what is wrong</c>.</summary>
    public static ConfigurationProblem Parse(string problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var colon = problem.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? new(problem[..colon], problem[(colon + 2)..]) : new("", problem);
    }

    public override string ToString() =>
        KeyPath.Length == 0 || Message.StartsWith(KeyPath, StringComparison.Ordinal) || Message.Contains($"`{KeyPath}`", StringComparison.Ordinal)
            ? Message : $"{KeyPath}: {Message}";
}
