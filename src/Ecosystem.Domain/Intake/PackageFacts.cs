namespace Ecosystem.Domain.Intake;

/// <summary>The look-ups made for <see cref="Application.PackageNameCandidates"/>, and the indexes turned off by configuration.</summary>
public sealed record PackageFacts(IReadOnlyList<PackageLookup> Lookups)
{
    public IReadOnlyList<PackageIndex> TurnedOff { get; init; } = [];
}
