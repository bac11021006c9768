using System.Text.Json;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Voting;

/// <summary>The tally of one issue's vote and the plan that makes the issue show it.</summary>
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

    public string StatusText => JsonNamingPolicy.KebabCaseLower.ConvertName(Status.ToString());

    public string OutcomeText => Outcome is { } outcome ? JsonNamingPolicy.KebabCaseLower.ConvertName(outcome.ToString()) : string.Empty;

    /// <summary>Staff's own outcome, whose effects the host carries out (<see cref="Guardians.DecisionOutcomes"/>).</summary>
    public Guardians.OutcomeDecision? StaffDecision { get; init; }
}
