namespace Ecosystem.Domain.Intake;

/// <summary>
/// What the host gathered beyond the form; a null part was not gathered (offline), so its checks are skipped.
/// <paramref name="Maintainers"/> holds the listed handles that are GitHub accounts (compared case-insensitively).
/// </summary>
public sealed record IntakeFacts(
    RepositoryFacts? Repository,
    IReadOnlySet<string>? Maintainers,
    PackageFacts? Packages,
    IReadOnlyList<PriorApplication>? PriorApplications)
{
    public static IntakeFacts Offline { get; } = new(null, null, null, null);
}
