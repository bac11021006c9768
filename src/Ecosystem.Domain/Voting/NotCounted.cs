namespace Ecosystem.Domain.Voting;

/// <summary>A <c>/vote</c> line not counted or not acted on, and why, as the tally lists it.</summary>
public sealed record NotCounted(string Author, string Line, string Why, long CommentId, string CommentUrl);
