using System.Globalization;
using System.Numerics;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// The <c>schedule</c> command's workflow_dispatch inputs. A session date chosen by hand (today or later) is filled
/// now, whatever the lead time; a batch size replaces <see cref="SchedulingRules.BatchMax"/> for this run.
/// </summary>
public sealed record SchedulingOverrides(DateOnly? SessionDate = null, int? BatchSize = null)
{
    /// <summary>
    /// Reads the raw inputs (empty means not given); problems name the option and its input. A session date before <paramref name="today"/>
    /// is one, and so is a date in sessions.skip, whose batches move to the next session (the nightly runs would move it).
    /// </summary>
    public static SchedulingOverrides Parse(
        string? sessionDate, string? batchSize, DateOnly today, ReviewCalendar calendar, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        DateOnly? date = string.IsNullOrWhiteSpace(sessionDate) || !ReviewCalendarSettings.TryReadDate(sessionDate, out var read, out _) ? null : read;
        if (date is null && !string.IsNullOrWhiteSpace(sessionDate))
        {
            found.Add($"--session-date (input 'session-date'): '{sessionDate}' is not a date; write {ReviewCalendarSettings.DateFormat}.");
        }
        else if (date is { } chosen && chosen < today)
        {
            found.Add($"--session-date (input 'session-date'): {SessionText.Date(chosen)} is before today "
                + $"({SessionText.Date(today)} in {calendar.TimeZone.Id}); give today or a later date, or leave it empty for the next session.");
        }
        else if (date is { } skipped && calendar.IsSkipped(skipped))
        {
            found.Add($"--session-date (input 'session-date'): {SessionText.Date(skipped)} is listed in sessions.skip, "
                + "whose batches move to the next session; take it out of sessions.skip to hold a session that day.");
        }

        var sizeText = batchSize?.Trim() ?? string.Empty;
        int? size = int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1 ? parsed : null;
        if (size is null && sizeText.Length > 0)
        {
            var tooLarge = BigInteger.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > int.MaxValue;
            found.Add($"--batch-size (input 'batch-size'): '{batchSize}' {(tooLarge ? "is too large; give" : "is not")} "
                + "a whole number of at least 1.");
        }

        problems = found;
        return new SchedulingOverrides(date, size);
    }
}
