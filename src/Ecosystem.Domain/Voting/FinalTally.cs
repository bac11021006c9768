namespace Ecosystem.Domain.Voting;

/// <summary>The closed window the ballots counted, the recusals and the outcome at close, as stored in <see cref="TallyState"/>.</summary>
internal sealed record FinalTally(
    DateTimeOffset OpenedAt,
    string? OpenedBy,
    DateTimeOffset? Deadline,
    DateTimeOffset ClosedAt,
    string? ClosedBy,
    IReadOnlyList<Ballot> Ballots,
    IReadOnlyList<Recusal> Recusals,
    VoteOutcome Outcome);
