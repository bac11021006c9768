using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Intake;

/// <summary>Another application issue for the same repository.</summary>
public sealed record PriorApplication(IssueSnapshot Issue)
{
    /// <summary>When a decided application still open got its outcome label; null for a closed one, counted from its ClosedAt.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>The outcome label that makes this a decided application (declined or too early), or null.</summary>
    public string? OutcomeIn(LabelNames labels) =>
        Issue.Labels.FirstOrDefault(l => LabelNames.Same(l, labels.Declined) || LabelNames.Same(l, labels.TooEarly));
}
