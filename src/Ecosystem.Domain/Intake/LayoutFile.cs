namespace Ecosystem.Domain.Intake;

/// <summary>A required file (requirements 15–19): an entry in the root, <c>.github/</c> or <c>docs/</c> named one of the stems, in any case.</summary>
public sealed record LayoutFile(int Requirement, string Name, IReadOnlyList<string> Stems);
