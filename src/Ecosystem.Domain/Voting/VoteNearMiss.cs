namespace Ecosystem.Domain.Voting;

/// <summary>A line with <c>/vote</c> in it (trimmed) that is not a command as GitHub renders the comment, and why (shown in the tally).</summary>
public sealed record VoteNearMiss(string Line, string Why);
