namespace Ecosystem.Domain.Voting;

/// <summary>Where a vote stands (the action's <c>status</c> output, in kebab case); see <c>VoteTally.Status</c>.</summary>
public enum TallyStatus
{
    Open,
    Passing,

    /// <summary>With votes cast: approvals not ahead. (Under the members rule such a vote is open.)</summary>
    Failing,

    /// <summary>Still open, but the remaining members cannot change the outcome.</summary>
    Decided,

    /// <summary>Every member of the electorate recused after it opened: the vote cannot decide; staff do.</summary>
    Undecided,
    Approved,
    Declined,
    TooEarly,
    CommunityHighlight,
}
