using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Actions.Commands.Tally;

/// <summary>Which issues one run of <c>tally</c> counts.</summary>
/// <param name="IssueNumber">The one issue to tally; null for every application in voting or in review.</param>
/// <param name="Comment">The comment whose creation, edit or deletion started the run, when the run is about that issue.</param>
/// <param name="CannotChangeTally">
/// A new comment without a <c>/vote</c> command cannot change the tally (a passed deadline is caught by the nightly
/// run); an edit or a deletion can, since the comment may have held one.
/// </param>
public sealed record TallyScope(int? IssueNumber, CommentSnapshot? Comment = null, bool CannotChangeTally = false)
{
    public static TallyScope All { get; } = new((int?)null);

    /// <summary>
    /// The option/input <c>issue</c> (a number or <c>all</c>) first, else the <c>workflow_dispatch</c> input
    /// <c>issue</c>, else the event's issue, else (nightly <c>schedule</c>) all.
    /// </summary>
    public static TallyScope Read(string? option, EventContext @event)
    {
        var eventIssue = @event.Payload.Issue;
        if (IssueSelector.Named(option, @event) is { } named)
        {
            return named.Number is { } number
                ? eventIssue?.Number == number ? Triggering(@event, number) : new TallyScope(number)
                : All;
        }

        if (eventIssue is not null)
        {
            return Triggering(@event, eventIssue.Number);
        }

        return @event.EventName == "schedule"
            ? All
            : throw new UsageException(
                $"The {@event.EventName} event names no issue: give {IssueSelector.OptionSource} an issue number or '{IssueSelector.AllValue}'.");
    }

    private static TallyScope Triggering(EventContext @event, int number) =>
        @event.EventName == "issue_comment" && @event.Payload.Comment is { } comment
            ? new TallyScope(number, comment, (@event.Payload.Action ?? "created") == "created" && VoteCommandParser.Parse(comment.Body).Count == 0)
            : new TallyScope(number);
}
