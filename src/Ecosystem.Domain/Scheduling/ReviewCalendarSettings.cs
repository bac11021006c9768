using System.Globalization;
using Cronos;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// The <c>sessions</c> keys of the configuration as written: a time zone (IANA id), cron recurrence rules
/// (five fields, nth weekday such as <c>TUE#2</c> allowed), explicit dates (<c>yyyy-MM-dd</c>, or
/// <c>yyyy-MM-ddTHH:mm</c> for a start other than 09:00) and dates to skip. Kept as text so that
/// <see cref="Validate"/> can name each bad entry by its key path.
/// </summary>
public sealed record ReviewCalendarSettings
{
    public const string DateFormat = "yyyy-MM-dd";
    public const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm";

    public string TimeZone { get; init; } = "UTC";
    public IReadOnlyList<string> Recurrence { get; init; } = [];
    public IReadOnlyList<string> Dates { get; init; } = [];
    public IReadOnlyList<string> Skip { get; init; } = [];

    /// <summary>Where these settings live in the configuration file, the prefix of every problem.</summary>
    public string KeyPath { get; init; } = "sessions";

    /// <summary>Every invalid value, each as <c>key.path[index]: what is wrong</c>; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            problems.Add($"{KeyPath}.time-zone: '{TimeZone}' is not a known IANA time zone; use an id such as 'America/Los_Angeles' or 'UTC'.");
        }

        for (var i = 0; i < Recurrence.Count; i++)
        {
            if (TryParseRecurrence(Recurrence[i], out var error) is null)
            {
                problems.Add($"{KeyPath}.recurrence[{i}]: '{Recurrence[i]}' {error}");
            }
        }

        var dates = new HashSet<DateOnly>();
        for (var i = 0; i < Dates.Count; i++)
        {
            if (TryParseSessionDate(Dates[i]) is { } date)
            {
                dates.Add(date.Date);
            }
            else
            {
                problems.Add($"{KeyPath}.dates[{i}]: '{Dates[i]}' is not a date; write {DateFormat}, or {DateTimeFormat} for a start other than 09:00.");
            }
        }

        for (var i = 0; i < Skip.Count; i++)
        {
            if (TryParseDate(Skip[i]) is not { } skip)
            {
                problems.Add($"{KeyPath}.skip[{i}]: '{Skip[i]}' is not a date; write {DateFormat}.");
            }
            else if (dates.Contains(skip))
            {
                problems.Add($"{KeyPath}.skip[{i}]: {Skip[i]} is also listed in {KeyPath}.dates; remove it from one of the two.");
            }
        }

        return problems;
    }

    internal static CronExpression? TryParseRecurrence(string text, out string error)
    {
        CronExpression expression;
        try
        {
            expression = CronExpression.Parse(text.Trim(), CronFormat.Standard);
        }
        catch (CronFormatException e)
        {
            error = $"is not a cron expression of five fields (minute hour day month weekday), e.g. '0 9 * * TUE#2': {e.Message}";
            return null;
        }

        // A rule such as '0 9 30 2 *' parses but never fires; without this check the calendar would just be empty.
        if (expression.GetNextOccurrence(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)) is null)
        {
            error = "never matches a date.";
            return null;
        }

        error = string.Empty;
        return expression;
    }

    internal static (DateOnly Date, TimeOnly Start)? TryParseSessionDate(string text)
    {
        var trimmed = text.Trim();
        if (TryParseDate(trimmed) is { } date)
        {
            return (date, ReviewCalendar.DefaultStart);
        }

        return DateTime.TryParseExact(trimmed, DateTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime)
            ? (DateOnly.FromDateTime(dateTime), TimeOnly.FromDateTime(dateTime))
            : null;
    }

    internal static DateOnly? TryParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
