using System.Globalization;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Actions.Commands;

/// <summary>
/// Which issues a run takes, for every command that takes <c>--issue N|all</c>: the option or its input first (a positive
/// issue number, one leading <c>#</c> is fine, or <c>all</c> in any case), else the <c>issue</c> input of a manual
/// <c>workflow_dispatch</c> run (its number written alone), else the issue of the triggering event.
/// </summary>
/// <param name="Number">The issue; null for all.</param>
/// <param name="EventIssue">The event's issue, when the event chose it because neither the option nor an input named one.</param>
public sealed record IssueSelector(int? Number, IssueSnapshot? EventIssue = null)
{
    public const string AllValue = "all";

    /// <summary>Where the value usually comes from, as usage errors name it.</summary>
    public const string OptionSource = "--issue (input 'issue')";

    public static IssueSelector All { get; } = new((int?)null);

    private const string DispatchSource = "the workflow_dispatch input 'issue'";

    /// <summary>The issues <paramref name="option"/>, the dispatch input or the event name; null when none names any, and the command decides.</summary>
    public static IssueSelector? Read(string? option, EventContext @event)
    {
        var dispatched = @event.EventName == "workflow_dispatch" ? @event.Payload.WorkflowInputs.GetValueOrDefault("issue", "") : "";
        var selected = option is not null ? Parse(option, OptionSource) : dispatched.Trim().Length > 0 ? Parse(dispatched, DispatchSource) : null;
        // The workflow queues a dispatch in the group of its input as written (ecosystem-issue-#12), the issue's own runs in
        // that of its number: a dispatch's number written otherwise (read here, or passed on as our input) writes beside them.
        var fromDispatch = (option ?? dispatched).Trim() == dispatched.Trim();
        if (selected?.Number is { } number && fromDispatch && dispatched != number.ToString(CultureInfo.InvariantCulture))
        {
            throw new UsageException($"{DispatchSource} is '{dispatched}': write the issue number alone, {number}, without #, spaces or leading "
                + "zeros: the workflow queues the issue's own runs by it, and this run would write beside them. Nothing was done.");
        }

        return selected ?? (@event.Payload.Issue is { } issue ? new IssueSelector(issue.Number, issue) : null);
    }

    /// <summary>Reads <paramref name="value"/>; anything else is a usage error naming <paramref name="source"/>.</summary>
    private static IssueSelector Parse(string value, string source) =>
        string.Equals(value.Trim(), AllValue, StringComparison.OrdinalIgnoreCase) ? All
        : IssueNumber.TryRead(value.Trim(), out var number) ? new IssueSelector(number)
        : throw new UsageException($"{source} is '{value}': expected an issue number such as 42, or '{AllValue}'.");
}
