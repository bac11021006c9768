namespace Ecosystem.Domain.Issues;

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

    /// <summary>GitHub's global node id (for reading its edit history); "" when unknown.</summary>
    public string NodeId { get; init; } = "";

    /// <summary>The edit history, when it was read; empty for a comment never edited or whose history was not read.</summary>
    public IReadOnlyList<CommentEdit> Edits { get; init; } = [];

    public bool IsEdited => UpdatedAt > CreatedAt;

    public CommentText Current => new(Body, IsEdited ? UpdatedAt : CreatedAt);

    /// <summary>
    /// The text as it stood at <paramref name="at"/>: the latest revision written by then, else the current text from its
    /// creation; without a history, only the current text, from when it was last written. Null when it did not exist yet.
    /// </summary>
    public CommentText? TextAt(DateTimeOffset at)
    {
        if (Edits.Count == 0)
        {
            var current = Current;
            return current.WrittenAt <= at ? current : null;
        }

        if (CreatedAt > at)
        {
            return null;
        }

        var revision = Edits.Where(e => e.EditedAt <= at).MaxBy(e => e.EditedAt);
        return revision is { Text: { } text } ? new CommentText(text, revision.EditedAt < CreatedAt ? CreatedAt : revision.EditedAt) : new CommentText(Body, CreatedAt);
    }
}
