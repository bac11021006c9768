namespace Ecosystem.Domain.Intake;

/// <summary>
/// The package-index look-ups the host made for <see cref="Application.PackageNameCandidates"/>, and the indexes
/// the configuration turned off (never asked, by choice).
/// </summary>
public sealed record PackageFacts(IReadOnlyList<PackageLookup> Lookups)
{
    public IReadOnlyList<PackageIndex> TurnedOff { get; init; } = [];
}
