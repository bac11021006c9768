namespace Ecosystem.Domain.Text;

/// <summary>
/// The one comparison of a text the automation wants with the text GitHub has (comment bodies, issue titles and bodies):
/// whether writing it would change anything. GitHub keeps a body as the API sent it, but one edited in the browser comes
/// back with CRLF line endings and may lose a trailing newline; neither is a change worth a write. Leading white space
/// counts: GitHub keeps it, and Markdown may show it (four spaces make a code block).
/// </summary>
public static class SameText
{
    public static bool As(string existing, string wanted) =>
        string.Equals(Normalise(existing), Normalise(wanted), StringComparison.Ordinal);

    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd();
}
