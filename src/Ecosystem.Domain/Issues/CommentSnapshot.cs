namespace Ecosystem.Domain.Issues;

/// <summary>An issue comment as read from GitHub.</summary>
public sealed record CommentSnapshot(
    long Id,
    string Author,
    bool AuthorIsBot,
    string Body,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string HtmlUrl)
{
    /// <summary>The author's account id (REST <c>user.id</c>; 0 when unknown): who wrote it, whatever the login says.</summary>
    public long AuthorId { get; init; }
}
