namespace Ecosystem.Domain.Voting;

/// <summary>A <c>/vote</c> line that was not counted or not acted on, and why (shown in the tally).</summary>
public sealed record NotCounted(string Author, string Line, string Why, long CommentId, string CommentUrl);
