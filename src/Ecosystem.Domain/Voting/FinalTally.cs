namespace Ecosystem.Domain.Voting;

/// <summary>
/// The closed vote as <see cref="TallyState"/> stores it; no <see cref="Outcome"/> when every member recused (staff decide).
/// <see cref="ReasonLength"/>: the length the reasons were cut to to fit GitHub's comment limit; later runs start from that
/// cut, the stored reasons being all they have.
/// </summary>
internal sealed record FinalTally(
    DateTimeOffset OpenedAt,
    string? OpenedBy,
    DateTimeOffset? Deadline,
    DateTimeOffset ClosedAt,
    string? ClosedBy,
    IReadOnlyList<Ballot> Ballots,
    IReadOnlyList<Recusal> Recusals,
    VoteOutcome? Outcome,
    int? ReasonLength = null,
    string? Note = null,
    string? NoteUrl = null);
