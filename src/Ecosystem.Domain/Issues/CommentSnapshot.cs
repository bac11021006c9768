namespace Ecosystem.Domain.Issues;

/// <summary>An issue comment as read from GitHub.</summary>
public sealed record CommentSnapshot(
    long Id,
    string Author,
    bool AuthorIsBot,
    string Body,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string HtmlUrl);
