namespace Ecosystem.Domain.Voting;

/// <summary>When ballots count; <c>VoteTally.FindWindow</c> sets the deadline, null when only a command closes the vote.</summary>
public sealed record VotingWindow(
    DateTimeOffset OpenedAt,
    string? OpenedBy,
    DateTimeOffset? Deadline,
    DateTimeOffset? ClosedAt,
    string? ClosedBy)
{
    public bool IsClosed => ClosedAt is not null;

    /// <summary>A ballot in the closing comment itself still counts; one written at the deadline does not.</summary>
    public bool IsAfterClose(DateTimeOffset at) =>
        ClosedAt is { } closed && (ClosedBy is null ? at >= closed : at > closed);
}
