namespace Ecosystem.Domain.Issues;

/// <summary>A comment's text as it stood at some moment, and when that text was written.</summary>
public sealed record CommentText(string Body, DateTimeOffset WrittenAt);
