using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Actions.Commands.Tally;

/// <summary>
/// Decides what a run tallies: the option/input <c>issue</c> (a number or <c>all</c>) first, else the
/// <c>workflow_dispatch</c> input <c>issue</c>, else the event's issue, else (nightly <c>schedule</c>) all.
/// </summary>
public static class TallyScopeReader
{
    /// <param name="option">The value of <c>--issue</c> or the action input <c>issue</c>, or null.</param>
    /// <param name="event">The triggering event.</param>
    /// <param name="commandName">Names the command in usage errors.</param>
    public static TallyScope Read(string? option, EventContext @event, string commandName)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var source = IssueSelector.OptionSource;
        var value = option?.Trim();
        if (string.IsNullOrEmpty(value) && @event.EventName == "workflow_dispatch"
            && @event.WorkflowInputs.TryGetValue("issue", out var dispatched) && dispatched.Trim().Length > 0)
        {
            value = dispatched.Trim();
            source = "the workflow_dispatch input 'issue'";
        }

        var eventIssue = @event.Issue;
        if (!string.IsNullOrEmpty(value))
        {
            if (IssueSelector.Parse(value, source, commandName).Number is not { } number)
            {
                return TallyScope.All;
            }

            return new TallyScope(number, eventIssue?.Number == number ? Triggering(@event) : null);
        }

        if (eventIssue is not null)
        {
            return new TallyScope(eventIssue.Number, Triggering(@event));
        }

        if (@event.EventName == "schedule")
        {
            return TallyScope.All;
        }

        throw new UsageException(
            $"The {@event.EventName} event names no issue: give {source} an issue number or '{IssueSelector.AllValue}'.",
            commandName);
    }

    private static TriggeringComment? Triggering(EventContext @event) =>
        @event.EventName == "issue_comment" && @event.Comment is { } comment
            ? new TriggeringComment(comment.Id, comment.Author.Login, @event.Action ?? "created", VoteCommandParser.Parse(comment.Body).Count > 0)
            {
                AuthorId = comment.Author.Id,
                AuthorIsBot = comment.Author.IsBot,
            }
            : null;
}
