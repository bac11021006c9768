namespace Ecosystem.Actions.Commands.Tally;

/// <summary>The comment of an <c>issue_comment</c> event.</summary>
/// <param name="Id">The comment id.</param>
/// <param name="Author">Its author's login.</param>
/// <param name="AuthorId">The author's account id (0 when the payload has none).</param>
/// <param name="AuthorIsBot">Whether the author is a bot account.</param>
/// <param name="CannotChangeTally">
/// A new comment without a <c>/vote</c> command cannot change the tally (a passed deadline is caught by the nightly
/// run); an edit or a deletion can, since the comment may have held one.
/// </param>
public sealed record TriggeringComment(long Id, string Author, long AuthorId, bool AuthorIsBot, bool CannotChangeTally);
