using System.Globalization;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Scheduling;

/// <summary>How sessions are written in texts and outputs, the same everywhere and in no culture but the invariant one.</summary>
public static class SessionText
{
    public static string Date(DateOnly date) => date.ToString(ReviewCalendarSettings.DateFormat, CultureInfo.InvariantCulture);

    /// <summary>e.g. "Tuesday 12 January 2027".</summary>
    internal static string Words(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>e.g. "Tuesday 8 December 2026, 09:00 America/Los_Angeles (17:00 UTC)".</summary>
    internal static string When(ReviewSession session, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(session.StartsAt, zone);
        var text = local.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " " + zone.Id;
        return zone.BaseUtcOffset == TimeSpan.Zero && local.Offset == TimeSpan.Zero
            ? text
            : text + " (" + session.StartsAt.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC)";
    }

    private const string MarkerPurpose = "session";

    /// <summary>The hidden line that records which session a text is about; read back by <see cref="SessionDateIn"/>.</summary>
    internal static string Marker(DateOnly date) => HiddenMarker.For(MarkerPurpose, Date(date));

    /// <summary>The session a text written by the automation is about (its agenda issue or its review-session comment), or null.</summary>
    internal static DateOnly? SessionDateIn(string body) =>
        HiddenMarker.ValueOf(body, MarkerPurpose) is { } text && ReviewCalendarSettings.TryReadDate(text, out var date, out _) ? date : null;
}
