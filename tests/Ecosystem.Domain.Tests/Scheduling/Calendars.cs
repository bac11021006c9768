using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Tests.Scheduling;

internal static class Calendars
{
    public const string LosAngeles = "America/Los_Angeles";

    /// <summary>The example configuration: 2nd and 4th Tuesday, 09:00 in Los Angeles.</summary>
    public static ReviewCalendar TwiceMonthly(params string[] skip) => new(new ReviewCalendarSettings
    {
        TimeZone = LosAngeles,
        Recurrence = ["0 9 * * TUE#2", "0 9 * * TUE#4"],
        Skip = skip,
    });

    /// <summary>2nd Tuesday only: sessions 2026-12-08, 2027-01-12, 2027-02-09, …</summary>
    public static ReviewCalendar Monthly(params string[] skip) => new(new ReviewCalendarSettings
    {
        TimeZone = LosAngeles,
        Recurrence = ["0 9 * * TUE#2"],
        Skip = skip,
    });

    /// <summary>An instant given as Los Angeles wall-clock time with its offset, e.g. "2026-12-29T12:00-08:00".</summary>
    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Up to <paramref name="count"/> sessions from the next one at <paramref name="now"/> on, in date order.</summary>
    public static IReadOnlyList<ReviewSession> Upcoming(this ReviewCalendar calendar, DateTimeOffset now, int count) =>
        [.. calendar.SessionsFrom(calendar.Today(now)).Take(count)];

    public static DateOnly Date(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
