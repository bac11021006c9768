namespace Ecosystem.Domain.Intake;

/// <summary>Other application issues (open, or closed with their labels) that name the same repository.</summary>
public sealed record PriorApplications(IReadOnlyList<PriorApplication> Applications);
