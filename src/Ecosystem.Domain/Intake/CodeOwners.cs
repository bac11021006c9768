namespace Ecosystem.Domain.Intake;

/// <summary>
/// Reads a CODEOWNERS file as GitHub does: each line is a path pattern followed by owners (<c>@user</c>,
/// <c>@org/team</c> or an e-mail address); <c>#</c> starts a comment, at the start of a line or after a space.
/// </summary>
public static class CodeOwners
{
    /// <summary>
    /// Whether <paramref name="handle"/> (with or without its <c>@</c>) owns some path as a user, compared without case.
    /// Comments, e-mail addresses and teams do not count (a team's members are not read).
    /// </summary>
    public static bool NamesUser(string? text, string handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var wanted = "@" + handle.TrimStart('@');
        return (text ?? string.Empty).Split('\n').Any(line =>
        {
            var tokens = line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            // The first token is the path pattern; one starting with '#' is a comment (a pattern would escape it: \#).
            return tokens.Length > 0 && tokens[0][0] != '#'
                && tokens.Skip(1).TakeWhile(t => t[0] != '#').Any(t => !t.Contains('/', StringComparison.Ordinal) && string.Equals(t, wanted, StringComparison.OrdinalIgnoreCase));
        });
    }
}
