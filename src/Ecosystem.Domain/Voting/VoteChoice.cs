namespace Ecosystem.Domain.Voting;

/// <summary>What a ballot says.</summary>
public enum VoteChoice
{
    Approve,
    Decline,
    Abstain,
}
