namespace Ecosystem.Domain.Voting;

/// <summary>
/// The closed window the ballots counted, the recusals and the outcome at close, as stored in <see cref="TallyState"/>.
/// <see cref="ReasonLength"/> is set when the ballots' reasons were cut to that many characters to keep the tally within
/// GitHub's comment limit: later runs start from that cut, since the stored reasons are all they have.
/// <see cref="Note"/> is the text after <c>/vote close &lt;outcome&gt;</c> (the expectations, or the note), bounded like
/// a reason, and <see cref="NoteUrl"/> the closing comment where it was written.
/// </summary>
internal sealed record FinalTally(
    DateTimeOffset OpenedAt,
    string? OpenedBy,
    DateTimeOffset? Deadline,
    DateTimeOffset ClosedAt,
    string? ClosedBy,
    IReadOnlyList<Ballot> Ballots,
    IReadOnlyList<Recusal> Recusals,
    VoteOutcome Outcome,
    int? ReasonLength = null,
    string? Note = null,
    string? NoteUrl = null);
