namespace Ecosystem.Domain.Intake;

/// <summary>The package-index look-ups the host made for <see cref="Application.PackageNameCandidates"/>.</summary>
public sealed record PackageFacts(IReadOnlyList<PackageLookup> Lookups);
