using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Cronos;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// The <c>sessions</c> keys of the configuration, read. Each kind of value has one reader (<c>TryRead…</c>), which turns the
/// text as written into its value or says what is wrong, so that the configuration reads each value once and names a bad
/// one by its key path. Cron rules take five fields, nth weekday such as <c>TUE#2</c> allowed.
/// </summary>
public sealed record ReviewCalendarSettings
{
    public const string DateFormat = "yyyy-MM-dd";
    public const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm";

    public static TimeZoneInfo DefaultTimeZone => TimeZoneInfo.Utc;

    public TimeZoneInfo TimeZone { get; init; } = DefaultTimeZone;
    public IReadOnlyList<CronExpression> Recurrence { get; init; } = [];

    // Immutable arrays, not IReadOnlyList: an interface call on an array of a value type is made by the JIT at every
    // start (the configuration checks these lists then), whereas these calls are precompiled.

    /// <summary>The listed sessions, each as its local start in <see cref="TimeZone"/>.</summary>
    public ImmutableArray<DateTime> Dates { get; init; } = [];
    public ImmutableArray<DateOnly> Skip { get; init; } = [];

    public static bool TryReadTimeZone(string id, [NotNullWhen(true)] out TimeZoneInfo? zone, out string problem)
    {
        const string Examples = "(such as America/Los_Angeles, Europe/Berlin or UTC)";
        (zone, problem) = (null, id.Length == 0 ? $"has no value; write an IANA time zone {Examples}, or leave the key out"
            : $"`{id}` is not a known IANA time zone {Examples}");
        return id.Length > 0 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone);
    }

    public static bool TryReadRecurrence(string text, [NotNullWhen(true)] out CronExpression? rule, out string problem)
    {
        (rule, problem) = (null, $"`{text}` never matches a date");
        try
        {
            var parsed = CronExpression.Parse(text.Trim(), CronFormat.Standard);
            // A rule such as '0 9 30 2 *' parses but never fires; without this check the calendar would just be empty.
            rule = parsed.GetNextOccurrence(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)) is null ? null : parsed;
            return rule is not null;
        }
        catch (CronFormatException e)
        {
            const string Generic = "invalid format. ";
            var at = e.Message.IndexOf(Generic, StringComparison.Ordinal);
            problem = $"`{text}` is not a cron expression of five fields (minute hour day-of-month month day-of-week): {(at < 0 ? e.Message : e.Message[(at + Generic.Length)..])}";
            return false;
        }
    }

    /// <summary>A listed session: a date (starting at <see cref="ReviewCalendar.DefaultStart"/>) or a date and time.</summary>
    public static bool TryReadSessionStart(string text, out DateTime start, out string problem)
    {
        problem = $"`{text}` is not a date of the form YYYY-MM-DD (or YYYY-MM-DDTHH:MM for a start other than 09:00)";
        if (TryReadDate(text, out var date, out _))
        {
            start = date.ToDateTime(ReviewCalendar.DefaultStart);
            return true;
        }

        return DateTime.TryParseExact(text.Trim(), DateTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out start);
    }

    public static bool TryReadDate(string text, out DateOnly date, out string problem)
    {
        problem = $"`{text}` is not a date of the form YYYY-MM-DD";
        return DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
