namespace Ecosystem.Actions.Runtime;

/// <summary>The <c>comment</c> of an <c>issue_comment</c> payload.</summary>
public sealed record EventComment(long Id, string Body, EventActor Author, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
