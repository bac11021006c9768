namespace Ecosystem.Domain.Voting;

/// <summary>The word after <c>/vote</c>; see <see cref="VoteCommandParser"/> for the spellings.</summary>
public enum VoteVerb
{
    Approve,
    Decline,
    Abstain,
    Open,
    Close,
    RefreshMembers,
    Recuse,
    Unknown,
}
