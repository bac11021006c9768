using System.Diagnostics.CodeAnalysis;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Tests.Scheduling;

internal static class Calendars
{
    public const string LosAngeles = "America/Los_Angeles";

    /// <summary>The example configuration: 2nd and 4th Tuesday, 09:00 in Los Angeles.</summary>
    public static ReviewCalendar TwiceMonthly(params string[] skip) => new(Settings(LosAngeles, ["0 9 * * TUE#2", "0 9 * * TUE#4"], skip: skip));

    /// <summary>2nd Tuesday only: sessions 2026-12-08, 2027-01-12, 2027-02-09, …</summary>
    public static ReviewCalendar Monthly(params string[] skip) => new(Settings(LosAngeles, ["0 9 * * TUE#2"], skip: skip));

    /// <summary>Only the sessions listed in sessions.dates, at 09:00 in Los Angeles.</summary>
    public static ReviewCalendar Listed(params string[] dates) => new(Settings(LosAngeles, dates: dates));

    /// <summary>Settings written as in the configuration, each value read by the reader the configuration uses.</summary>
    public static ReviewCalendarSettings Settings(string timeZone, string[]? recurrence = null, string[]? dates = null, string[]? skip = null) => new()
    {
        TimeZone = Read<TimeZoneInfo>(ReviewCalendarSettings.TryReadTimeZone, timeZone),
        Recurrence = [.. (recurrence ?? []).Select(text => Read<Cronos.CronExpression>(ReviewCalendarSettings.TryReadRecurrence, text))],
        Dates = [.. (dates ?? []).Select(text => Read<DateTime>(ReviewCalendarSettings.TryReadSessionStart, text))],
        Skip = [.. (skip ?? []).Select(text => Read<DateOnly>(ReviewCalendarSettings.TryReadDate, text))],
    };

    private delegate bool Reader<T>(string text, [NotNullWhen(true)] out T? value, out string problem);

    private static T Read<T>(Reader<T> read, string text) => read(text, out var value, out var problem) ? value : throw new ArgumentException(problem, nameof(text));

    /// <summary>An instant given as Los Angeles wall-clock time with its offset, e.g. "2026-12-29T12:00-08:00".</summary>
    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Up to <paramref name="count"/> sessions from the next one at <paramref name="now"/> on, in date order.</summary>
    public static IReadOnlyList<ReviewSession> Upcoming(this ReviewCalendar calendar, DateTimeOffset now, int count) =>
        [.. calendar.SessionsFrom(calendar.Today(now)).Take(count)];

    public static DateOnly Date(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
