using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Voting;

/// <summary>
/// Everything the host reads for one issue's tally: all its comments in any order, the automation's included (only its
/// are trusted for hidden state). <see cref="Deleted"/>: the comment the event deleted; the automation's keeps the
/// electorate frozen at opening when no other comment holds the state, a person's ballot counts as it stood at the close.
/// </summary>
public sealed record TallyInput(
    IssueSnapshot Issue,
    IReadOnlyList<CommentSnapshot> Comments,
    TrustedPeople People,
    IReadOnlyCollection<string> Maintainers,
    CommentSnapshot? Deleted = null)
{
    /// <summary>Nightly only: no vote opens on schedule for a session the application was withdrawn from (closed).</summary>
    public IReadOnlyList<StateEvent> StateEvents { get; init; } = [];

    /// <summary>The staff onboarding issue opened for an accepted application; the outcome comment names it.</summary>
    public int? OnboardingIssue { get; init; }

    public bool IsOwn(CommentSnapshot comment) => People.IsAutomation(comment.Author);

    public string? DeletedOwn => Deleted is { } gone && IsOwn(gone) ? gone.Body : null;

    public OwnComments Own(string purpose) => OwnComments.Of(Comments, People.Automation, purpose);

    /// <summary>The automation's comment of the latest vote's outcome (<see cref="VoteTally.OutcomePurposeOf"/>), or null.</summary>
    public CommentSnapshot? PublishedOutcome() => PublishedOutcome(Comments, People.Automation);

    /// <inheritdoc cref="PublishedOutcome()"/>
    public static CommentSnapshot? PublishedOutcome(IReadOnlyList<CommentSnapshot> comments, string automation) =>
        OwnComments.Of(comments, automation, VoteTally.IsOutcome).KeptOfLatestRound;

    /// <summary>The outcome staff named when they closed the latest vote, as its tally's state records it; null for the ballots'.</summary>
    public static (VoteOutcome Outcome, OutcomeDecision Decision)? StaffDecision(IReadOnlyList<CommentSnapshot> comments, string automation) =>
        TallyState.Read(OwnComments.Of(comments, automation, VoteTally.TallyPurpose).Kept?.Body)?.Final is
            { Outcome: (VoteOutcome.TooEarly or VoteOutcome.CommunityHighlight) and var outcome, ClosedBy: { } by } closed
            ? (outcome, new OutcomeDecision(closed.ClosedAt, by, closed.Note, closed.NoteUrl))
            : null;

    /// <summary>
    /// The comments whose edit history the host must read before tallying again: those written before the close and edited
    /// since (a ballot counts as it stood then), and the tally comment whose state a person edited away (a revision holds it).
    /// </summary>
    public IReadOnlyList<CommentSnapshot> HistoryNeeded(VotingWindow? window)
    {
        var tally = Own(VoteTally.TallyPurpose).Kept;
        return window is null ? [] : [.. Comments.Where(c => c.Edits.Count == 0 && (IsOwn(c)
            ? c.Id == tally?.Id && c.UpdatedAt > window.OpenedAt && TallyState.Read(c.Body) is null
            : window.ClosedAt is { } closedAt && c.CreatedAt <= closedAt && c.UpdatedAt > closedAt))];
    }
}
