namespace Ecosystem.GitHub.Plans;

/// <summary>
/// The one comparison of a text the automation wants with the text GitHub has (comment bodies, issue titles and bodies):
/// GitHub may hand back CRLF line endings or drop a trailing newline, and neither is a change worth a write.
/// </summary>
public static class SameText
{
    public static bool As(string existing, string wanted) =>
        string.Equals(Normalise(existing), Normalise(wanted), StringComparison.Ordinal);

    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd();
}
