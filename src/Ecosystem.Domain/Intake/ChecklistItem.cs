namespace Ecosystem.Domain.Intake;

/// <summary>One row of the 19-requirement checklist: the mark and what was measured.</summary>
public sealed record ChecklistItem(Requirement Requirement, string Title, ChecklistMark Mark, string Detail);
