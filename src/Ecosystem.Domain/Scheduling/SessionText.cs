using System.Globalization;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Scheduling;

/// <summary>How dates and sessions are written in texts, outputs and hidden lines: the same everywhere, in the invariant culture.</summary>
public static class SessionText
{
    public static string Date(DateOnly date) => date.ToString(ReviewCalendarSettings.DateFormat, CultureInfo.InvariantCulture);

    /// <summary>The date of <paramref name="at"/> in UTC.</summary>
    public static string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(at.UtcDateTime));

    /// <summary>An instant in UTC to the second, as GitHub writes times (ISO 8601, e.g. 2026-12-03T06:00:00Z).</summary>
    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>e.g. "Tuesday 12 January 2027".</summary>
    internal static string Words(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// e.g. "Tuesday 8 December 2026, 09:00 America/Los_Angeles (17:00 UTC)"; the UTC time names its day when that is
    /// another ("17:00 America/Los_Angeles (01:00 UTC on Wednesday 9 December)").
    /// </summary>
    internal static string When(ReviewSession session, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(session.StartsAt, zone);
        var utc = session.StartsAt.UtcDateTime;
        var text = local.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " " + zone.Id;
        var utcDay = utc.Date == local.Date ? string.Empty : utc.ToString(" 'on' dddd d MMMM", CultureInfo.InvariantCulture);
        return zone.BaseUtcOffset == TimeSpan.Zero && local.Offset == TimeSpan.Zero
            ? text
            : text + " (" + utc.ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC" + utcDay + ")";
    }

    private const string SessionPurpose = "session";

    /// <summary>The hidden line recording a session's date as one of the calendar's (<see cref="Markers(ReviewSession)"/>).</summary>
    private const string ListedPurpose = "calendar-session";

    /// <summary>
    /// The hidden lines recording which session a text is about: its date and, for a session of the calendar, the date again as
    /// the calendar's, so that one taken out of the calendar since reads as cancelled and a date chosen by hand does not.
    /// </summary>
    internal static string Markers(ReviewSession session) => Markers(session.Date, !session.ChosenByHand);

    internal static string Markers(DateOnly date, bool listed) => listed ? Marker(date) + "\n" + Marker(date, ListedPurpose) : Marker(date);

    /// <summary>Whether <paramref name="body"/> records <paramref name="date"/> as a session of the calendar.</summary>
    internal static bool Listed(string? body, DateOnly date) => body is not null && DateIn(body, ListedPurpose) == date;

    /// <summary>The hidden line that records a date, by default which session a text is about; read back by <see cref="DateIn"/>.</summary>
    internal static string Marker(DateOnly date, string purpose = SessionPurpose) => HiddenMarker.For(purpose, Date(date));

    /// <summary>The date a text the automation wrote records, by default the session of its agenda issue or review-session comment.</summary>
    internal static DateOnly? DateIn(string body, string purpose = SessionPurpose) =>
        HiddenMarker.ValueOf(body, purpose) is { } text && ReviewCalendarSettings.TryReadDate(text, out var date, out _) ? date : null;
}
