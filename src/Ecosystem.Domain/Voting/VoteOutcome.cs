namespace Ecosystem.Domain.Voting;

public enum VoteOutcome
{
    Approved,
    Declined,
}
