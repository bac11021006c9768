namespace Ecosystem.Domain.Intake;

/// <summary>Entry lists are names (not paths) in their folder. When <see cref="Exists"/> is false, nothing else is read.</summary>
public sealed record RepositoryFacts
{
    public required RepositoryReference Repository { get; init; }

    public required bool Exists { get; init; }

    public bool IsArchived { get; init; }

    public bool IsFork { get; init; }

    public int Stars { get; init; }

    /// <summary>GitHub's detected licence (<c>license.spdx_id</c>); null or <c>NOASSERTION</c> when none was detected.</summary>
    public string? LicenseSpdxId { get; init; }

    /// <summary>On the default branch within <see cref="IntakeRules.ActivityWindowDays"/>.</summary>
    public int CommitsInWindow { get; init; }

    /// <summary>Distinct authors of those commits: GitHub login, or the commit e-mail when no account is linked.</summary>
    public IReadOnlyList<string> ActiveContributorLogins { get; init; } = [];

    public IReadOnlyList<string> RootEntries { get; init; } = [];

    /// <summary>Created but never pushed to: GitHub resolves its HEAD to no tree (or its only commits hold nothing).</summary>
    public bool IsEmpty => Exists && RootEntries.Count == 0;

    public IReadOnlyList<string> DotGithubEntries { get; init; } = [];

    public IReadOnlyList<string> DocsEntries { get; init; } = [];

    public IReadOnlyList<string> WorkflowEntries { get; init; } = [];

    /// <summary>The CODEOWNERS file GitHub uses (<c>.github/</c>, root, <c>docs/</c>); null when none, binary or over 3 MB.</summary>
    public string? CodeownersText { get; init; }

    /// <summary>
    /// The owner's public <c>.github</c> repository, only its entries: GitHub shows the default community health files
    /// there on each of the owner's repositories without its own.
    /// </summary>
    public RepositoryFacts? OwnerDefaults { get; init; }

    public static RepositoryFacts Missing(RepositoryReference repository) => new() { Repository = repository, Exists = false };
}
