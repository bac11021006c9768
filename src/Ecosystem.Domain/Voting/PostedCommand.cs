using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Voting;

/// <summary>A command with the comment it came from.</summary>
/// <param name="Command">The parsed line.</param>
/// <param name="Comment">The comment it is in.</param>
/// <param name="At">When the text it was read from was written (see <see cref="CommentSnapshot.TextAt"/>).</param>
internal sealed record PostedCommand(VoteCommand Command, CommentSnapshot Comment, DateTimeOffset At)
{
    public string Author => Comment.Author;

    public NotCounted NotCounted(string why) => new(Author, Command.Line, why, Comment.Id, Comment.HtmlUrl);
}
