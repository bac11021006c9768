namespace Ecosystem.Domain.Voting;

/// <summary>A member who does not vote and is not in the majority base: as author, maintainer or by choice.</summary>
public sealed record Recusal(string Member, string Why, string? CommentUrl);
