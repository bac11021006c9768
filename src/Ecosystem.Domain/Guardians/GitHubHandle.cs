using System.Text.RegularExpressions;

namespace Ecosystem.Domain.Guardians;

/// <summary>GitHub logins and team names as they may appear in configuration and forms.</summary>
public static partial class GitHubHandle
{
    private static readonly string[] ProfilePrefixes = ["https://github.com/", "http://github.com/", "https://www.github.com/", "github.com/"];

    /// <summary>The bare login for <c>name</c>, <c>@name</c> or <c>https://github.com/name</c>; null if it is none.</summary>
    public static string? Normalise(string? handle)
    {
        if (string.IsNullOrWhiteSpace(handle))
        {
            return null;
        }

        var bare = handle.Trim();
        // Only a handle that IS a profile address: "github.com/" found anywhere in a longer text (found by fuzzing:
        // "… https://github.com/someone" after any words) named a login nobody had listed, and mentioned it.
        if (ProfilePrefixes.FirstOrDefault(prefix => bare.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) is { } prefix)
        {
            bare = bare[prefix.Length..].TrimEnd('/');
        }

        bare = bare.TrimStart('@');
        return IsLogin(bare) ? bare : null;
    }

    /// <summary>
    /// Whether <paramref name="login"/> is a bare GitHub login as written (no <c>@</c>, no address): 1–39 letters, digits
    /// or single hyphens, not starting or ending with '-'. The one login rule (configuration, form answers, repository
    /// URLs). A loop, not a regular expression: the configuration checks logins at every start, and the assembly's first
    /// generated expression sets up all of them (about 1.5 ms).
    /// </summary>
    public static bool IsLogin(string login) =>
        login.Length is > 0 and <= 39 && login[0] != '-' && login[^1] != '-' && !login.Contains("--", StringComparison.Ordinal)
        && login.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    public static bool IsTeam(string team) => TeamPattern().IsMatch(team.Trim().TrimStart('@'));

    public static bool Same(string login, string other) => string.Equals(login, other, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]){0,38}/[A-Za-z0-9_.-]+$")]
    private static partial Regex TeamPattern();
}
