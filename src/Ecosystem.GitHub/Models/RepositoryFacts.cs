namespace Ecosystem.GitHub.Models;

/// <summary>What intake checks need to know about an applicant's repository, read in one GraphQL query.</summary>
public sealed record RepositoryFacts(string Owner, string Name)
{
    public bool Exists { get; init; }
    public string Url { get; init; } = "";
    public bool IsArchived { get; init; }
    public bool IsFork { get; init; }
    public int Stars { get; init; }

    /// <summary>The licence GitHub detected (e.g. <c>BSD-3-Clause</c>; <c>NOASSERTION</c> for an unrecognised one), null when none.</summary>
    public string? LicenseSpdxId { get; init; }

    public string? DefaultBranch { get; init; }

    /// <summary>Commits on the default branch since the date asked for.</summary>
    public int CommitsSince { get; init; }

    /// <summary>Distinct authors of those commits: GitHub login, or the commit e-mail when no account is linked.</summary>
    public IReadOnlyList<string> AuthorsSince { get; init; } = [];

    public IReadOnlyList<string> RootEntries { get; init; } = [];
    public IReadOnlyList<string> DotGitHubEntries { get; init; } = [];
    public IReadOnlyList<string> DocsEntries { get; init; } = [];
    public IReadOnlyList<string> WorkflowEntries { get; init; } = [];

    /// <summary>
    /// The text of the CODEOWNERS file GitHub uses (<c>.github/</c>, then the root, then <c>docs/</c>); null when there
    /// is none, or when it is binary or too large for GitHub to load (3 MB).
    /// </summary>
    public string? CodeOwners { get; init; }
}
