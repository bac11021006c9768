namespace Ecosystem.Domain.Intake;

/// <summary>
/// What the gateway learned about the application's repository, in one GraphQL query (more only for a long history).
/// Entry lists are file and directory names (not paths) of the root, <c>.github/</c>, <c>docs/</c>
/// and <c>.github/workflows/</c>. When <see cref="Exists"/> is false, nothing else is read.
/// </summary>
public sealed record RepositoryFacts
{
    public required RepositoryReference Repository { get; init; }

    public required bool Exists { get; init; }

    public bool IsArchived { get; init; }

    public bool IsFork { get; init; }

    public int Stars { get; init; }

    /// <summary>GitHub's detected licence (<c>license.spdx_id</c>); null or <c>NOASSERTION</c> when none was detected.</summary>
    public string? LicenseSpdxId { get; init; }

    /// <summary>Commits on the default branch within <see cref="IntakeRules.ActivityWindowDays"/>.</summary>
    public int CommitsInWindow { get; init; }

    /// <summary>Distinct authors of those commits: GitHub login, or the commit e-mail when no account is linked.</summary>
    public IReadOnlyList<string> ActiveContributorLogins { get; init; } = [];

    public IReadOnlyList<string> RootEntries { get; init; } = [];

    public IReadOnlyList<string> DotGithubEntries { get; init; } = [];

    public IReadOnlyList<string> DocsEntries { get; init; } = [];

    public IReadOnlyList<string> WorkflowEntries { get; init; } = [];

    /// <summary>
    /// The text of the CODEOWNERS file GitHub uses (<c>.github/</c>, then the root, then <c>docs/</c>); null when there
    /// is none, or when it is binary or too large for GitHub to load (3 MB).
    /// </summary>
    public string? CodeownersText { get; init; }

    public static RepositoryFacts Missing(RepositoryReference repository) => new() { Repository = repository, Exists = false };
}
