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
    VoteOutcome Outcome)
{
    /// <summary>
    /// Set when the ballots' reasons were cut to this many characters to keep the tally within GitHub's comment
    /// limit; later runs start from that cut, since the stored reasons are all they have.
    /// </summary>
    public int? ReasonLength { get; init; }

    /// <summary>The text after <c>/vote close &lt;outcome&gt;</c> (the expectations, or the note), bounded like a reason; null when none.</summary>
    public string? Note { get; init; }

    /// <summary>The closing comment, where <see cref="Note"/> was written.</summary>
    public string? NoteUrl { get; init; }
}
