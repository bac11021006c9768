using System.Text.RegularExpressions;

namespace Ecosystem.Domain.Guardians;

/// <summary>GitHub logins and team names as they may appear in configuration and forms.</summary>
internal static partial class GitHubHandle
{
    /// <summary>The bare login for <c>name</c>, <c>@name</c> or <c>https://github.com/name</c>; null if it is none.</summary>
    public static string? Normalise(string? handle)
    {
        if (string.IsNullOrWhiteSpace(handle))
        {
            return null;
        }

        var bare = handle.Trim();
        const string Profile = "github.com/";
        var profile = bare.IndexOf(Profile, StringComparison.OrdinalIgnoreCase);
        if (profile >= 0)
        {
            bare = bare[(profile + Profile.Length)..].TrimEnd('/');
        }

        bare = bare.TrimStart('@');
        return LoginPattern().IsMatch(bare) ? bare : null;
    }

    public static bool IsTeam(string team) => TeamPattern().IsMatch(team.Trim().TrimStart('@'));

    public static bool Same(string login, string other) => string.Equals(login, other, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")]
    private static partial Regex LoginPattern();

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]){0,38}/[A-Za-z0-9_.-]+$")]
    private static partial Regex TeamPattern();
}
