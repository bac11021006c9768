using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Intake;

/// <summary>Another application issue for the same repository.</summary>
public sealed record PriorApplication(IssueSnapshot Issue)
{
    /// <summary>When a decided application still open got its outcome label (a closed one counts from the issue's ClosedAt).</summary>
    public DateTimeOffset? DecidedAt { get; init; }
}
