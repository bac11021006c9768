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
}
