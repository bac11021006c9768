namespace Ecosystem.TestServer.State;

public sealed class Comment
{
    internal Comment(long id, Issue issue, string author, string body, DateTimeOffset createdAt)
    {
        Id = id;
        Issue = issue;
        Author = author;
        Body = body;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public long Id { get; }
    public string NodeId => $"IC_{Id}";
    public Issue Issue { get; }
    public string Author { get; }
    public string Body { get; internal set; }
    public DateTimeOffset CreatedAt { get; }
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>GraphQL <c>userContentEdits</c>, newest first: once edited, the first text and every edit.</summary>
    internal List<CommentRevision> EditList { get; } = [];

    public IReadOnlyList<CommentRevision> Edits
    {
        get { lock (Issue.Gate) { return [.. EditList]; } }
    }

    /// <summary>Edits the comment as <paramref name="editor"/> (its author unless given) at <paramref name="at"/>, as the web page does.</summary>
    public Comment Edit(string body, DateTimeOffset at, string? editor = null)
    {
        lock (Issue.Gate)
        {
            Revise(body, at, editor ?? Author);
        }

        return this;
    }

    /// <summary>Under the state lock: the new text, and the history GitHub keeps (the first text is recorded at the first edit).</summary>
    internal void Revise(string body, DateTimeOffset at, string editor)
    {
        if (EditList.Count == 0)
        {
            EditList.Add(new CommentRevision(EditList.Count + 1, CreatedAt, Body, Author));
        }

        EditList.Insert(0, new CommentRevision(EditList.Count + 1, at, body, editor));
        Body = body;
        UpdatedAt = at;
    }
}
