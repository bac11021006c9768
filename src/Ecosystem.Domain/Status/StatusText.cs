using System.Globalization;

namespace Ecosystem.Domain.Status;

/// <summary>How the status page and its summary write months and durations (invariant culture everywhere).</summary>
internal static class StatusText
{
    public static string Month(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public static string ShortMonth(DateOnly month) => month.ToString("MMM", CultureInfo.InvariantCulture);

    public static string Days(double? days) => days is { } d ? d.ToString("0.0", CultureInfo.InvariantCulture) : "—";
}
