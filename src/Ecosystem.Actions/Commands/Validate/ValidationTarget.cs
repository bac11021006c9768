using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Actions.Commands.Validate;

/// <summary>
/// Which issues a <c>validate</c> run checks: <c>--issue N|all</c> (or the input, or the <c>issue</c> input of a
/// <c>workflow_dispatch</c>), else the issue of an <c>issues</c> event that was opened, edited or reopened.
/// </summary>
/// <param name="IssueNumber">The one issue to check; null for every open application.</param>
/// <param name="Reason">Why the run checks nothing (a pull request, an event intake does not act on); null when it checks.</param>
public sealed record ValidationTarget(int? IssueNumber, string? Reason = null)
{
    private static readonly string[] IntakeActions = ["opened", "edited", "reopened"];

    public static ValidationTarget Resolve(string? issueOption, EventContext @event)
    {
        if (IssueSelector.Named(issueOption, @event) is { } named)
        {
            return new(named.Number);
        }

        if (@event.Payload.Issue is { } issue)
        {
            return issue.IsPullRequest ? new(null, IntakeResult.WhyLeftAlone(issue))
                : string.Equals(@event.EventName, "issues", StringComparison.Ordinal) && IntakeActions.Contains(@event.Payload.Action, StringComparer.Ordinal) ? new(issue.Number)
                : new(null, $"Intake runs when an issue is opened, edited or reopened; this event is {@event.EventName}.{@event.Payload.Action ?? "(no action)"}.");
        }

        throw new UsageException(
            $"Nothing to validate: the {@event.EventName} event carries no issue. Give --issue N or --issue all (input 'issue'), "
            + "or run on the issues event (opened, edited, reopened).");
    }
}
