namespace Ecosystem.Domain.Intake;

/// <summary>A CODEOWNERS file read as GitHub does: a path pattern, then owners; <c>#</c> starts a comment, at a line's start or after a space.</summary>
public static class CodeOwners
{
    /// <summary>Whether <paramref name="handle"/> (a login) owns a path as <c>@login</c>: comments, e-mails and teams do not count.</summary>
    public static bool NamesUser(string? text, string handle) =>
        (text ?? string.Empty).Split('\n').Any(line =>
        {
            var tokens = line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            // The first token is the path pattern; one starting with '#' is a comment (a pattern would escape it: \#).
            return tokens.Length > 0 && tokens[0][0] != '#'
                && tokens.Skip(1).TakeWhile(t => t[0] != '#').Any(t => t[0] == '@' && Guardians.GitHubHandle.Same(t[1..], handle));
        });
}
