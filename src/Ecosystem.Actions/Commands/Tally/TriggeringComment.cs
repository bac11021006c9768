namespace Ecosystem.Actions.Commands.Tally;

/// <summary>The comment of an <c>issue_comment</c> event.</summary>
/// <param name="Id">The comment id.</param>
/// <param name="Author">Its author's login.</param>
/// <param name="Action"><c>created</c>, <c>edited</c> or <c>deleted</c>.</param>
/// <param name="HasVoteCommand">Whether its body holds a <c>/vote</c> line that counts as a command.</param>
public sealed record TriggeringComment(long Id, string Author, string Action, bool HasVoteCommand)
{
    /// <summary>The author's account id (0 when the payload has none).</summary>
    public long AuthorId { get; init; }

    public bool AuthorIsBot { get; init; }

    /// <summary>
    /// A new comment without a <c>/vote</c> line cannot change the tally (a passed deadline is caught by the nightly
    /// run); an edit or a deletion can, since the comment may have held one.
    /// </summary>
    public bool CannotChangeTally => string.Equals(Action, "created", StringComparison.Ordinal) && !HasVoteCommand;
}
