using Ecosystem.Domain.Guardians;

namespace Ecosystem.Domain.Intake;

/// <summary>An <c>owner/name</c> repository: one an application names, or the one the automation runs in (<c>GITHUB_REPOSITORY</c>).</summary>
public sealed record RepositoryReference(string Owner, string Name)
{
    public string FullName => Owner + "/" + Name;

    public string Url => "https://github.com/" + FullName;

    /// <summary>Whether <paramref name="other"/> is this repository: GitHub reads owners and names in any case.</summary>
    public bool Is(RepositoryReference? other) => string.Equals(FullName, other?.FullName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The repository <paramref name="text"/> names: a login, '/', and a name (<see cref="IsName"/>); null when it names none.</summary>
    public static RepositoryReference? Read(string? text) =>
        text?.Split('/') is [var owner, var name] && GitHubHandle.IsLogin(owner) && IsName(name)
            ? new RepositoryReference(owner, name)
            : null;

    /// <summary>
    /// The repository an answer of nothing but GitHub's shorthand names (<c>owner/name</c>, maybe in backticks or with a '/' after),
    /// or null; not two single letters ("N/A", "y/n"), which abbreviate words, nor two placeholder words ("TBD/TBA", "none/none").
    /// </summary>
    public static RepositoryReference? Shorthand(string answer)
    {
        var text = answer.Trim();
        text = (text.Length > 2 && text[0] == '`' && text[^1] == '`' ? text[1..^1] : text).TrimEnd('/');
        return Read(text) is { FullName.Length: > 3 } repository
            && !(FormChecks.SaysNotGiven(repository.Owner) && FormChecks.SaysNotGiven(repository.Name)) ? repository : null;
    }

    /// <summary>A repository's name or <c>owner/name</c> without the <c>.git</c> of a clone URL (<c>vision.git</c>), which GitHub adds.</summary>
    public static string WithoutGitSuffix(string text) => text.EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? text[..^4] : text;

    /// <summary>A name GitHub allows for a repository: letters, digits, '.', '_' and '-', at most 100, not '.' or '..'.</summary>
    public static bool IsName(string name) =>
        name.Length is > 0 and <= 100 && name is not ("." or "..") && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    public override string ToString() => FullName;
}
