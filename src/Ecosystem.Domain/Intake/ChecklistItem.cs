namespace Ecosystem.Domain.Intake;

/// <summary>
/// One row of the 19-requirement checklist: the requirement's status as the findings on it give it
/// (<see cref="FindingStatus.Skipped"/>: not checked), null for a requirement left to reviewers, and what was measured.
/// </summary>
public sealed record ChecklistItem(Requirement Requirement, FindingStatus? Mark, string Detail);
