namespace Ecosystem.Domain.Voting;

/// <summary>What the approvals are measured against (config <c>voting.majority-of</c>).</summary>
public enum MajorityBasis
{
    /// <summary>More than half of the eligible members (members minus recusals) approve: the TAC rule.</summary>
    Members,

    /// <summary>More approvals than declines among the ballots counted, once a quorum of ballots is counted.</summary>
    VotesCast,
}
