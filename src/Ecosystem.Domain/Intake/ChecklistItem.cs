namespace Ecosystem.Domain.Intake;

/// <summary>One row of the requirement checklist; <paramref name="Mark"/> is null for a requirement left to reviewers.</summary>
public sealed record ChecklistItem(Requirement Requirement, FindingStatus? Mark, string Detail);
