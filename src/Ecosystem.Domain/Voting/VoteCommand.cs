namespace Ecosystem.Domain.Voting;

/// <summary>One <c>/vote</c> line found in a comment body.</summary>
/// <param name="Verb">The command.</param>
/// <param name="Line">The line as written, trimmed (for listing a command that is not acted on).</param>
/// <param name="Reason">Text after the verb on the same line, trimmed; null when there is none.</param>
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
