namespace Ecosystem.Domain.Voting;

/// <summary>A member who does not vote on this application and is not in the majority base.</summary>
/// <param name="Member">The member's login.</param>
/// <param name="Why">Author, maintainer, or their own recusal.</param>
/// <param name="CommentUrl">The <c>/vote recuse</c> comment; null when recused as author or maintainer.</param>
public sealed record Recusal(string Member, string Why, string? CommentUrl);
