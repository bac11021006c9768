namespace Ecosystem.Domain.Voting;

/// <summary>One <c>/vote</c> line; <see cref="Line"/> as written, for listing it when not acted on.</summary>
public sealed record VoteCommand(VoteVerb Verb, string Line, string? Reason)
{
    public bool IsBallot => Verb is VoteVerb.Approve or VoteVerb.Decline or VoteVerb.Abstain;

    public VoteChoice Choice => Verb switch
    {
        VoteVerb.Approve => VoteChoice.Approve,
        VoteVerb.Decline => VoteChoice.Decline,
        VoteVerb.Abstain => VoteChoice.Abstain,
        _ => throw new InvalidOperationException($"'{Line}' is not a ballot."),
    };
}
