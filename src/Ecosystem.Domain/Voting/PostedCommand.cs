using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Voting;

/// <summary>A command, its comment, and when the text it was read from was written (<see cref="CommentSnapshot.TextAt"/>).</summary>
internal sealed record PostedCommand(VoteCommand Command, CommentSnapshot Comment, DateTimeOffset At)
{
    public string Author => Comment.Author;

    public NotCounted NotCounted(string why) => new(Author, Command.Line, why, Comment.Id, Comment.HtmlUrl);
}
