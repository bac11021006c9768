namespace Ecosystem.Domain.Intake;

public enum GitHubUrlKind
{
    None,

    /// <summary>Something URL-like that is not a well-formed http(s) URL.</summary>
    Malformed,

    /// <summary>A URL with a template's placeholder left in its path (<c>github.com/org/[REPO]</c>).</summary>
    Placeholder,

    /// <summary>A well-formed URL on another host that is not a known code forge.</summary>
    OtherHost,

    /// <summary>A repository on another code forge (GitLab, Codeberg…): <see cref="GitHubUrl.Forge"/> names it.</summary>
    OtherForgeRepository,

    /// <summary>
    /// <c>https://github.com/org</c>: an organisation or user, not a repository; or a group on another forge
    /// (<see cref="GitHubUrl.Forge"/> names it).
    /// </summary>
    Organisation,

    Repository,
}
