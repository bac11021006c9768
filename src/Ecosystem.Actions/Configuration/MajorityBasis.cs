namespace Ecosystem.Actions.Configuration;

/// <summary>What a simple majority is counted against (<c>voting.majority-of</c>).</summary>
public enum MajorityBasis
{
    /// <summary><c>members</c>: more than half of all Working Group members must approve.</summary>
    Members,

    /// <summary><c>votes-cast</c>: more than half of the ballots cast must approve.</summary>
    VotesCast,
}
