using System.Text.Json;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Voting;

/// <summary>
/// The tally of one issue's vote and the plan that makes the issue show it. <see cref="Outcome"/> is null while the vote
/// is open, <see cref="Foregone"/> is set once the remaining members can no longer change the outcome, and
/// <see cref="Window"/> is null until the vote opens. Ballots and the members yet to vote are ordered by login, the
/// lines not counted by comment. <see cref="TallyComment"/> is null when no tally is shown, <see cref="OutcomeComment"/>
/// until the vote closes; the gateway applies the difference of <see cref="Plan"/>.
/// </summary>
public sealed record TallyResult(
    int IssueNumber,
    TallyStatus Status,
    VoteOutcome? Outcome,
    VoteOutcome? Foregone,
    VotingWindow? Window,
    Electorate Electorate,
    IReadOnlyList<Ballot> Ballots,
    IReadOnlyList<string> YetToVote,
    IReadOnlyList<Recusal> Recusals,
    IReadOnlyList<NotCounted> NotCounted,
    string? TallyComment,
    string? OutcomeComment,
    IssuePlan Plan)
{
    public int Approve => Ballots.Count(b => b.Choice == VoteChoice.Approve);
    public int Decline => Ballots.Count(b => b.Choice == VoteChoice.Decline);
    public int Abstain => Ballots.Count(b => b.Choice == VoteChoice.Abstain);

    /// <summary>The majority base: electorate minus recusals.</summary>
    public int Eligible => Ballots.Count + YetToVote.Count;

    public bool IsOpen => Window is { IsClosed: false };

    /// <summary>Action output <c>status</c>: the status in kebab case (open, passing, …, too-early, community-highlight).</summary>
    public string StatusText => JsonNamingPolicy.KebabCaseLower.ConvertName(Status.ToString());

    /// <summary>Action output <c>outcome</c>: approved, declined, too-early, community-highlight, or empty while open.</summary>
    public string OutcomeText => Outcome is { } outcome ? JsonNamingPolicy.KebabCaseLower.ConvertName(outcome.ToString()) : string.Empty;

    /// <summary>
    /// Set when staff closed the vote with an outcome of their own (too early, community highlight): the host carries
    /// out that outcome's effects (<see cref="Guardians.DecisionOutcomes"/>), the tally only closes the vote.
    /// </summary>
    public Guardians.OutcomeDecision? StaffDecision { get; init; }
}
