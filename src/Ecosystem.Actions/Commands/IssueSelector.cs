using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Actions.Commands;

/// <summary>
/// Which issues a run takes, for every command that takes <c>--issue N|all</c>: the option or its input first, else the
/// <c>issue</c> input of a manual <c>workflow_dispatch</c> run (a positive issue number, one leading <c>#</c> is fine, or
/// <c>all</c> in any case), else the issue of the triggering event.
/// </summary>
/// <param name="Number">The issue; null for all.</param>
/// <param name="EventIssue">The event's issue, when the event chose it because neither the option nor an input named one.</param>
public sealed record IssueSelector(int? Number, IssueSnapshot? EventIssue = null)
{
    public const string AllValue = "all";

    /// <summary>Where the value usually comes from, as usage errors name it.</summary>
    public const string OptionSource = "--issue (input 'issue')";

    public static IssueSelector All { get; } = new((int?)null);

    /// <summary>The issues <paramref name="option"/>, the dispatch input or the event name; null when none names any, and the command decides.</summary>
    public static IssueSelector? Read(string? option, EventContext @event)
    {
        if (option is not null)
        {
            return Parse(option, OptionSource);
        }

        if (@event.Payload.WorkflowInputs.TryGetValue("issue", out var dispatched) && dispatched.Trim().Length > 0)
        {
            return Parse(dispatched, "the workflow_dispatch input 'issue'");
        }

        return @event.Payload.Issue is { } issue ? new IssueSelector(issue.Number, issue) : null;
    }

    /// <summary>Reads <paramref name="value"/>; anything else is a usage error naming <paramref name="source"/>.</summary>
    private static IssueSelector Parse(string value, string source)
    {
        var text = value.Trim();
        if (string.Equals(text, AllValue, StringComparison.OrdinalIgnoreCase))
        {
            return All;
        }

        return IssueNumber.TryRead(text, out var number)
            ? new IssueSelector(number)
            : throw new UsageException($"{source} is '{value}': expected an issue number such as 42, or '{AllValue}'.");
    }
}
