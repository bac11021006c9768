using System.Diagnostics.CodeAnalysis;

namespace Ecosystem.Domain.Guardians;

/// <summary>GitHub logins and team names as they may appear in configuration and forms.</summary>
public static class GitHubHandle
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
    /// The one login rule (a managed user's ends in its enterprise's short code: <c>alice_acme</c>). A loop, not a regular
    /// expression: logins are checked at every start, and the assembly's first generated one sets up all (about 1.5 ms).
    /// </summary>
    public static bool IsLogin([NotNullWhen(true)] string? login)
    {
        if (login is not { Length: > 0 and <= 39 })
        {
            return false;
        }

        var underscore = login.IndexOf('_', StringComparison.Ordinal);
        var handle = underscore < 0 ? login.AsSpan() : login.AsSpan(0, underscore);
        var shortCode = underscore < 0 ? [] : login.AsSpan(underscore + 1);
        return handle.Length > 0 && handle[0] != '-' && handle[^1] != '-' && !handle.Contains("--", StringComparison.Ordinal)
            && IsAlphanumeric(handle, "-") && (underscore < 0 || (shortCode.Length > 0 && IsAlphanumeric(shortCode, "")));
    }

    // The readers of configured handles: each gives the handle, or false and what is wrong with the text as written.
    public static bool TryReadLogin(string text, [NotNullWhen(true)] out string? login, out string problem) => TryReadLogin(text, text, out login, out problem);

    public static bool TryReadBot(string text, [NotNullWhen(true)] out string? login, out string problem) =>
        TryReadLogin(text.EndsWith("[bot]", StringComparison.Ordinal) ? text[..^"[bot]".Length] : text, text, out login, out problem);

    public static bool TryReadTeam(string text, [NotNullWhen(true)] out string? team, out string problem) =>
        ConfigurationProblem.TryAccept(BareTeam(text),
            IsTeam(text) ? null : $"`{text}` is not a team of the form org/team-slug (such as pytorch-fdn/ecosystem-wg)", out team, out problem);

    private static bool TryReadLogin(string login, string text, [NotNullWhen(true)] out string? read, out string problem) => ConfigurationProblem.TryAccept(text,
        IsLogin(login) ? null : login.StartsWith('@') ? $"`{text}` is not a GitHub login: write it without the @"
            : $"`{text}` is not a GitHub login (1 to 39 letters, digits or single hyphens, not starting or ending with a hyphen; a managed user's login may end in _shortcode)",
        out read, out problem);

    /// <summary>The logins among <paramref name="handles"/>, in order, each once; what is no login is left out.</summary>
    public static IReadOnlyList<string> Logins(IEnumerable<string> handles) =>
        [.. handles.Select(Normalise).OfType<string>().Distinct(Comparer)];

    public static bool IsTeam(string team) => BareTeam(team).Split('/') is [var organisation, var slug]
        && organisation.Length is > 0 and <= 39 && organisation[0] != '-' && IsAlphanumeric(organisation, "-") && slug.Length > 0 && IsAlphanumeric(slug, "_.-");

    /// <summary>Without an <c>@</c> written before it: mentions put one back, the lookup takes none.</summary>
    public static string BareTeam(string team) => team.Trim().TrimStart('@');

    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    public static bool Same(string login, string other) => Comparer.Equals(login, other);

    /// <summary>REST shows every deleted account as <c>ghost</c>, GraphQL as none.</summary>
    public static bool IsDeleted(string login) => login.Length == 0 || Same(login, "ghost");

    private static bool IsAlphanumeric(ReadOnlySpan<char> text, string alsoAllowed)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !alsoAllowed.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
