namespace Ecosystem.Domain.Guardians;

/// <summary>One requirement as measured tonight, e.g. (14, "GitHub stars", false, "150", "≥ 200").</summary>
public sealed record RecheckResult(int RequirementId, string Title, bool Passed, string Measured, string Required);
