using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Voting;

/// <summary>Everything the host reads from GitHub and configuration for one issue's tally.</summary>
/// <param name="Issue">The application issue.</param>
/// <param name="Comments">All the issue's comments (any order), including the automation's own.</param>
/// <param name="People">Working Group and staff now (teams resolved), and the automation: only its comments are trusted for hidden state.</param>
/// <param name="Maintainers">The application's maintainer logins, as the form reader gives them (without an '@').</param>
/// <param name="Deleted">
/// The comment the event being tallied deleted, as the event carries it (see <see cref="IssueTally.Deleted"/>). The
/// automation's: its hidden state is read when neither the tally nor the outcome comment holds one, so the tally is written
/// again with the electorate frozen at opening, not one frozen anew from today's Working Group. A person's: once the vote
/// has closed, its ballot counts as it stood at the close (see <see cref="VoteTally.Run"/>).
/// </param>
public sealed record TallyInput(
    IssueSnapshot Issue,
    IReadOnlyList<CommentSnapshot> Comments,
    TrustedPeople People,
    IReadOnlyCollection<string> Maintainers,
    CommentSnapshot? Deleted = null)
{
    /// <summary>
    /// When the issue was closed and reopened, as the nightly run reads them with the comments; none read on a comment's run.
    /// An application closed as its session started was withdrawn from it, and no vote opens on that session's schedule.
    /// </summary>
    public IReadOnlyList<StateEvent> StateEvents { get; init; } = [];

    /// <summary>The staff onboarding issue opened for an accepted application; the outcome comment names it.</summary>
    public int? OnboardingIssue { get; init; }

    public bool IsOwn(CommentSnapshot comment) => People.IsAutomation(comment.Author);

    /// <summary>The body of the automation's own comment a person deleted, whose hidden state the tally reads; never a person's.</summary>
    public string? DeletedOwn => Deleted is { } gone && IsOwn(gone) ? gone.Body : null;

    /// <summary>The automation's comments with the hidden marker of <paramref name="purpose"/>; its comment is their kept one.</summary>
    public OwnComments Own(string purpose) => OwnComments.Of(Comments, People.Automation, purpose);

    /// <summary>
    /// The automation's comment of the latest vote's outcome (each vote after a return has its own,
    /// <see cref="VoteTally.OutcomePurposeOf"/>), or null before any.
    /// </summary>
    public CommentSnapshot? PublishedOutcome() => PublishedOutcome(Comments, People.Automation);

    /// <inheritdoc cref="PublishedOutcome()"/>
    public static CommentSnapshot? PublishedOutcome(IReadOnlyList<CommentSnapshot> comments, string automation) =>
        OwnComments.Of(comments, automation, VoteTally.IsOutcome).KeptOfLatestRound;

    /// <summary>
    /// The outcome staff named when they closed the latest vote (<c>/vote close too-early …</c>, <c>/vote close community-highlight …</c>)
    /// and their decision, as the automation's tally comment records them once the vote closed; null for a vote the ballots decided.
    /// </summary>
    public static (VoteOutcome Outcome, OutcomeDecision Decision)? StaffDecision(IReadOnlyList<CommentSnapshot> comments, string automation) =>
        TallyState.Read(OwnComments.Of(comments, automation, VoteTally.TallyPurpose).Kept?.Body)?.Final is
            { Outcome: VoteOutcome.TooEarly or VoteOutcome.CommunityHighlight, ClosedBy: { } by } closed
            ? (closed.Outcome, new OutcomeDecision(closed.ClosedAt, by, closed.Note, closed.NoteUrl))
            : null;

    /// <summary>
    /// The comments whose edit history the tally needs and has not read, so the host reads it and tallies again: those
    /// written before the vote closed and edited since (a ballot counts as it stood at the close), and the automation's
    /// tally comment once a person edited its hidden state away after the vote opened (an earlier revision holds it).
    /// </summary>
    public IReadOnlyList<CommentSnapshot> HistoryNeeded(VotingWindow? window)
    {
        var tally = Own(VoteTally.TallyPurpose).Kept;
        return window is null ? [] : [.. Comments.Where(c => c.Edits.Count == 0 && (IsOwn(c)
            ? c.Id == tally?.Id && c.UpdatedAt > window.OpenedAt && TallyState.Read(c.Body) is null
            : window.ClosedAt is { } closedAt && c.CreatedAt <= closedAt && c.UpdatedAt > closedAt))];
    }
}
