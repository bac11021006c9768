using System.Globalization;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;

namespace Ecosystem.Actions.Commands;

/// <summary>
/// The <c>N|all</c> value of <c>--issue</c>, its input or a <c>workflow_dispatch</c> input, for every command that takes
/// one: a positive issue number (one leading <c>#</c> is fine) or <c>all</c> in any case.
/// </summary>
/// <param name="Number">The issue; null for all.</param>
public sealed record IssueSelector(int? Number)
{
    public const string AllValue = "all";

    /// <summary>Where the value usually comes from, as usage errors name it.</summary>
    public const string OptionSource = "--issue (input 'issue')";

    private static readonly IssueSelector All = new((int?)null);

    /// <summary>
    /// The issues a run is told to take: <c>--issue</c> or its input (<paramref name="option"/>) first, else the
    /// <c>issue</c> input of a manual <c>workflow_dispatch</c> run; null when neither says, and the triggering event decides.
    /// </summary>
    public static IssueSelector? Named(string? option, EventContext @event)
    {
        if (option is not null)
        {
            return Parse(option, OptionSource);
        }

        return @event.Payload.WorkflowInputs.TryGetValue("issue", out var dispatched) && dispatched.Trim().Length > 0
            ? Parse(dispatched, "the workflow_dispatch input 'issue'")
            : null;
    }

    /// <summary>Reads <paramref name="value"/>; anything else is a usage error naming <paramref name="source"/>.</summary>
    private static IssueSelector Parse(string value, string source)
    {
        var text = value.Trim();
        if (string.Equals(text, AllValue, StringComparison.OrdinalIgnoreCase))
        {
            return All;
        }

        var digits = text.StartsWith('#') ? text[1..] : text;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? new IssueSelector(number)
            : throw new UsageException($"{source} is '{value}': expected an issue number such as 42, or '{AllValue}'.");
    }
}
