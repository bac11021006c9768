namespace Ecosystem.Domain.Text;

/// <summary>
/// The one comparison of a text the automation wants with the text GitHub has. GitHub keeps a text as the API sent it,
/// leading white space included (four spaces make a code block); one edited in the browser comes back with CRLF line
/// endings and perhaps without its last newline, neither a change.
/// </summary>
public static class SameText
{
    public static bool As(string existing, string wanted) =>
        string.Equals(Normalise(existing), Normalise(wanted), StringComparison.Ordinal);

    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd();
}
