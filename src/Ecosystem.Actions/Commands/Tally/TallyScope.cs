using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Actions.Commands.Tally;

/// <summary>Which issues one run of <c>tally</c> counts.</summary>
/// <param name="IssueNumber">The one issue to tally; null for every application in voting or in review.</param>
/// <param name="TriggeringComment">The comment whose creation, edit or deletion started the run, when the run is about that issue.</param>
public sealed record TallyScope(int? IssueNumber, TriggeringComment? TriggeringComment)
{
    public static TallyScope All { get; } = new(null, null);

    /// <summary>
    /// The option/input <c>issue</c> (a number or <c>all</c>) first, else the <c>workflow_dispatch</c> input
    /// <c>issue</c>, else the event's issue, else (nightly <c>schedule</c>) all.
    /// </summary>
    /// <param name="option">The value of <c>--issue</c> or the action input <c>issue</c>, or null.</param>
    /// <param name="event">The triggering event.</param>
    /// <param name="commandName">Names the command in usage errors.</param>
    public static TallyScope Read(string? option, EventContext @event, string commandName)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var eventIssue = @event.Issue;
        if (IssueSelector.Named(option, @event, commandName) is { } named)
        {
            return named.Number is { } number
                ? new TallyScope(number, eventIssue?.Number == number ? Triggering(@event) : null)
                : All;
        }

        if (eventIssue is not null)
        {
            return new TallyScope(eventIssue.Number, Triggering(@event));
        }

        return @event.EventName == "schedule"
            ? All
            : throw new UsageException(
                $"The {@event.EventName} event names no issue: give {IssueSelector.OptionSource} an issue number or '{IssueSelector.AllValue}'.",
                commandName);
    }

    private static TriggeringComment? Triggering(EventContext @event) =>
        @event.EventName == "issue_comment" && @event.Comment is { } comment
            ? new TriggeringComment(
                comment.Id,
                comment.Author.Login,
                comment.Author.Id,
                comment.Author.IsBot,
                (@event.Action ?? "created") == "created" && VoteCommandParser.Parse(comment.Body).Count == 0)
            : null;
}
