namespace Ecosystem.Domain.Voting;

public enum VoteOutcome
{
    Approved,
    Declined,

    /// <summary>Staff closed the vote with <c>/vote close too-early &lt;expectations&gt;</c>: the ballots do not decide.</summary>
    TooEarly,

    /// <summary>Staff closed the vote with <c>/vote close community-highlight &lt;note&gt;</c>: the ballots do not decide.</summary>
    CommunityHighlight,
}
