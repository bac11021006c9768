namespace Ecosystem.Domain.Intake;

/// <summary>
/// Everything intake checks that the form cannot tell, gathered by the host. A null part means it
/// was not gathered (offline, or the repository URL was unusable): its checks are reported as skipped.
/// </summary>
public sealed record IntakeFacts(
    RepositoryFacts? Repository,
    MaintainerFacts? Maintainers,
    PackageFacts? Packages,
    IReadOnlyList<PriorApplication>? PriorApplications)
{
    public static IntakeFacts Offline { get; } = new(null, null, null, null);
}
