namespace Ecosystem.Domain.Intake;

/// <summary>
/// Everything intake checks that the form cannot tell, gathered by the host. A null part means it
/// was not gathered (offline, or the repository URL was unusable): its checks are reported as skipped.
/// <paramref name="Maintainers"/> holds the listed maintainer handles that are GitHub accounts (compared case-insensitively).
/// </summary>
public sealed record IntakeFacts(
    RepositoryFacts? Repository,
    IReadOnlySet<string>? Maintainers,
    PackageFacts? Packages,
    IReadOnlyList<PriorApplication>? PriorApplications)
{
    public static IntakeFacts Offline { get; } = new(null, null, null, null);
}
