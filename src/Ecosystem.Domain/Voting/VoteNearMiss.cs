namespace Ecosystem.Domain.Voting;

/// <summary>A line with <c>/vote</c> in it that is not a command as GitHub renders the comment, and why.</summary>
/// <param name="Line">The line as written, trimmed.</param>
/// <param name="Why">Why it is not a command (shown in the tally's "not counted" list).</param>
public sealed record VoteNearMiss(string Line, string Why);
