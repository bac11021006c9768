using Ecosystem.Actions.Hosting;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Actions.Commands.Schedule;

/// <summary>The <c>schedule</c> command's inputs and the events it runs on.</summary>
public static class ScheduleInputs
{
    public const string SessionDate = "session-date";
    public const string BatchSize = "batch-size";

    /// <summary>The events the command answers: the nightly run and a run by hand.</summary>
    public static readonly IReadOnlyList<string> Events = ["schedule", "workflow_dispatch"];

    /// <summary>
    /// The overrides from the command line or action inputs, falling back to the workflow_dispatch inputs of the
    /// event; a <see cref="UsageException"/> lists every bad value, and a session date in the past is one.
    /// </summary>
    public static SchedulingOverrides Read(CommandContext context, DateOnly today, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(zone);
        var eventName = context.Event.EventName;
        if (!Events.Contains(eventName, StringComparer.Ordinal))
        {
            throw new UsageException(
                $"`{context.CommandName}` runs on the {string.Join(" and ", Events)} events, not on '{eventName}'; trigger the workflow with `on: schedule` or `on: workflow_dispatch`.",
                context.CommandName);
        }

        var dispatched = eventName == "workflow_dispatch" ? context.Event.WorkflowInputs : new Dictionary<string, string>();
        var overrides = SchedulingOverrides.Parse(
            context.GetOption(SessionDate) ?? dispatched.GetValueOrDefault(SessionDate),
            context.GetOption(BatchSize) ?? dispatched.GetValueOrDefault(BatchSize),
            out var problems);
        var found = problems.ToList();
        if (overrides.SessionDate is { } date && date < today)
        {
            found.Add($"input {SessionDate}: {Iso(date)} is before today ({Iso(today)} in {zone.Id}); give today or a later date, or leave it empty for the next session.");
        }

        return found.Count == 0 ? overrides : throw new UsageException(string.Join("\n", found), context.CommandName);
    }

    private static string Iso(DateOnly date) => date.ToString(ReviewCalendarSettings.DateFormat, System.Globalization.CultureInfo.InvariantCulture);
}
