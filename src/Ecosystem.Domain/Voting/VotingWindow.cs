namespace Ecosystem.Domain.Voting;

/// <summary>When ballots count.</summary>
/// <param name="OpenedAt">When ballots start to count.</param>
/// <param name="OpenedBy">The staff login that opened it, or null when it opened on schedule.</param>
/// <param name="Deadline">
/// End of (session date + close-after-days) in the configured zone, counted from the opening day instead when the vote
/// opened only after that; null when only a command closes it.
/// </param>
/// <param name="ClosedAt">When it closed (null while open).</param>
/// <param name="ClosedBy">The staff login that closed it, or null when closed at the deadline.</param>
public sealed record VotingWindow(
    DateTimeOffset OpenedAt,
    string? OpenedBy,
    DateTimeOffset? Deadline,
    DateTimeOffset? ClosedAt,
    string? ClosedBy)
{
    public bool IsClosed => ClosedAt is not null;

    /// <summary>
    /// Whether something written at <paramref name="at"/> came after the close: after a <c>/vote close</c>
    /// (a ballot in the closing comment itself still counts), or at or after the deadline.
    /// </summary>
    public bool IsAfterClose(DateTimeOffset at) =>
        ClosedAt is { } closed && (ClosedBy is null ? at >= closed : at > closed);
}
