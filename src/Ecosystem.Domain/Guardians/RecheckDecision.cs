using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Guardians;

/// <summary>What tonight's re-check of one project asks for.</summary>
/// <param name="Draft">An issue to create or rewrite, or whose labels to complete; null when it already reads right.</param>
/// <param name="Plan">A plan for the existing periodic-review issue; null when there is none or nothing to change.</param>
/// <param name="Summary">A summary line for people.</param>
/// <param name="IssueNumber">The application the summary is about when the project was not measured; else the review's issue is.</param>
/// <param name="Warning">What people must fix for the project to be measured; null when nothing.</param>
public sealed record RecheckDecision(IssueDraft? Draft, IssuePlan? Plan, string Summary, int? IssueNumber = null, string? Warning = null);
