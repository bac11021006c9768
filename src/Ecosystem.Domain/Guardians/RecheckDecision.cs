using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Guardians;

/// <summary>What tonight's re-check asks for; <see cref="Warning"/>: what to fix for the project to be measured.</summary>
public sealed record RecheckDecision(IssueDraft? Draft, IssuePlan? Plan, string Summary, int? IssueNumber = null, string? Warning = null);
