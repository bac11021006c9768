namespace Ecosystem.Domain.Voting;

/// <summary>
/// A member who does not vote and is not in the majority base: <see cref="Why"/> says as author, maintainer or by their own
/// <c>/vote recuse</c> in <see cref="CommentUrl"/>.
/// </summary>
public sealed record Recusal(string Member, string Why, string? CommentUrl);
