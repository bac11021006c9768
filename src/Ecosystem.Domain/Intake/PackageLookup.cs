namespace Ecosystem.Domain.Intake;

/// <summary>One name looked up on one index: <paramref name="Found"/> is null when the index could not be asked.</summary>
public sealed record PackageLookup(PackageIndex Index, string Name, bool? Found);
