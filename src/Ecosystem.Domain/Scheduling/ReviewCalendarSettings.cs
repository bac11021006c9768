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

    /// <summary>Every invalid value, each as <c>key.path[index]: what is wrong</c>; empty when valid. The rule for each
    /// value is one of the <c>…Problem</c> functions below, which the configuration checks every value with first, so
    /// that what is left for it here is the rule between the keys: a skipped date that is also a session date.</summary>
    public IReadOnlyList<string> Validate()
    {
        var dates = SessionDates();
        string? Problem(string path, string value, Func<string, string?> rule) => rule(value) is { } problem ? $"sessions.{path}: {problem}" : null;
        return [.. new[] { Problem("time-zone", TimeZone, TimeZoneProblem) }
            .Concat(Recurrence.Select((r, i) => Problem($"recurrence[{i}]", r, RecurrenceProblem)))
            .Concat(Dates.Select((d, i) => Problem($"dates[{i}]", d, SessionDateProblem)))
            .Concat(Skip.Select((s, i) => Problem($"skip[{i}]", s, DateProblem) ?? Conflict(i, dates)))
            .OfType<string>()];
    }

    /// <summary>A loop, not LINQ: the configuration runs this on every start, and ReadyToRun holds no LINQ over these tuples.</summary>
    private HashSet<DateOnly> SessionDates()
    {
        var dates = new HashSet<DateOnly>();
        foreach (var date in Dates)
        {
            if (TryParseSessionDate(date) is { } session)
            {
                dates.Add(session.Date);
            }
        }

        return dates;
    }

    private string? Conflict(int skipIndex, HashSet<DateOnly> dates) =>
        TryParseDate(Skip[skipIndex]) is { } skip && dates.Contains(skip)
            ? $"sessions.skip[{skipIndex}]: {Skip[skipIndex]} is also listed in sessions.dates; remove it from one of the two."
            : null;

    public static string? TimeZoneProblem(string id) =>
        id.Length > 0 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _)
            ? null
            : $"`{id}` is not a known IANA time zone (such as America/Los_Angeles, Europe/Berlin or UTC)";

    public static string? RecurrenceProblem(string text)
    {
        try
        {
            // A rule such as '0 9 30 2 *' parses but never fires; without this check the calendar would just be empty.
            return Recurring(text).GetNextOccurrence(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)) is null ? $"`{text}` never matches a date" : null;
        }
        catch (CronFormatException e)
        {
            const string Generic = "invalid format. ";
            var at = e.Message.IndexOf(Generic, StringComparison.Ordinal);
            return $"`{text}` is not a cron expression of five fields (minute hour day-of-month month day-of-week): {(at < 0 ? e.Message : e.Message[(at + Generic.Length)..])}";
        }
    }

    public static string? SessionDateProblem(string text) =>
        TryParseSessionDate(text) is null ? $"`{text}` is not a date of the form YYYY-MM-DD (or YYYY-MM-DDTHH:MM for a start other than 09:00)" : null;

    public static string? DateProblem(string text) => TryParseDate(text) is null ? $"`{text}` is not a date of the form YYYY-MM-DD" : null;

    /// <summary>A recurrence rule; throws <see cref="CronFormatException"/> for one <see cref="RecurrenceProblem"/> refuses.</summary>
    internal static CronExpression Recurring(string text) => CronExpression.Parse(text.Trim(), CronFormat.Standard);

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
