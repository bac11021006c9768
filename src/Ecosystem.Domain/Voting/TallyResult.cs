using System.Text.Json;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Voting;

/// <summary>The tally of one issue's vote and the plan that makes the issue show it.</summary>
/// <param name="IssueNumber">The issue tallied.</param>
/// <param name="Status">Where the vote stands.</param>
/// <param name="Outcome">The decision, once the vote closed; null while open.</param>
/// <param name="Foregone">The outcome the remaining members can no longer change (set when decided or closed).</param>
/// <param name="Window">Null while the vote has not opened.</param>
/// <param name="Electorate">The members entitled to vote.</param>
/// <param name="Ballots">The counted ballot of each member who voted, ordered by login.</param>
/// <param name="YetToVote">Eligible members without a counted ballot, ordered by login.</param>
/// <param name="Recusals">Members out of the vote and the majority base.</param>
/// <param name="NotCounted">Ballots and commands not counted or not acted on, in comment order.</param>
/// <param name="TallyComment">The tally comment body (purpose <c>vote-tally</c>), or null when no tally is shown.</param>
/// <param name="OutcomeComment">The outcome comment body (purpose <c>vote-outcome</c>), once closed.</param>
/// <param name="Plan">Labels, comments and state for the issue, and its board item in the done column once closed; the gateway applies the difference.</param>
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
