using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// What tonight's re-check of one project asks for: an issue to create or rewrite (<see cref="Draft"/>), a plan for the
/// open review; <see cref="IssueNumber"/> names the application when the project was not measured, and
/// <see cref="Warning"/> what people must fix for it to be.
/// </summary>
public sealed record RecheckDecision(IssueDraft? Draft, IssuePlan? Plan, string Summary, int? IssueNumber = null, string? Warning = null);
