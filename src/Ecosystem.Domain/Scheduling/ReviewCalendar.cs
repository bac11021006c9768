using Cronos;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// The review sessions: explicit dates and cron recurrences merged (one session per date), minus skipped dates,
/// all read in one time zone. A session stays the next session for its whole day in that zone: it "has passed"
/// only once the zone's date is after it, so a run on the session day itself (even after the start time) still
/// targets it and cannot pull the following batch forward while the WG is meeting.
/// </summary>
public sealed class ReviewCalendar
{
    /// <summary>The start of a session given as a date alone.</summary>
    public static readonly TimeOnly DefaultStart = new(9, 0);

    private readonly CronExpression[] _recurrences;
    private readonly ReviewSession[] _dates;
    private readonly HashSet<DateOnly> _skip;

    /// <summary>A calendar of settings read already (the configuration checked them, the rule between keys included).</summary>
    public ReviewCalendar(ReviewCalendarSettings settings)
    {
        TimeZone = settings.TimeZone;
        _recurrences = [.. settings.Recurrence];
        // Of two starts listed for one day, the earlier wins.
        _dates = [.. settings.Dates.Order().DistinctBy(DateOnly.FromDateTime).Select(start => new ReviewSession(DateOnly.FromDateTime(start), At(start)))];
        _skip = [.. settings.Skip];
    }

    public TimeZoneInfo TimeZone { get; }

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime);

    public ReviewSession? NextSession(DateTimeOffset now) => FirstOnOrAfter(Today(now));

    /// <summary>Every session on or after <paramref name="date"/>, in date order (lazily; may be endless).</summary>
    public IEnumerable<ReviewSession> SessionsFrom(DateOnly date)
    {
        for (var next = FirstOnOrAfter(date); next is not null; next = FirstOnOrAfter(next.Date.AddDays(1)))
        {
            yield return next;
        }
    }

    public bool IsSkipped(DateOnly date) => _skip.Contains(date);

    /// <summary>
    /// Whether the session of <paramref name="date"/> a batch or agenda was made for is cancelled: its date is in sessions.skip,
    /// or it was a session of the calendar then (<paramref name="listed"/>, not one chosen by hand) and is none now, its date
    /// taken out of sessions.dates or a recurrence changed. That one is cancelled from <paramref name="today"/> on, and after its
    /// day too once the automation said so (<paramref name="told"/>); one taken out after its day, unannounced, was held.
    /// </summary>
    public bool IsCancelled(DateOnly date, DateOnly today, bool listed, bool told) =>
        IsSkipped(date) || (listed && FirstOnOrAfter(date)?.Date != date && (date >= today || told));

    /// <summary>The session on <paramref name="date"/>: the calendar's, else one chosen by hand, at <see cref="DefaultStart"/>.</summary>
    public ReviewSession SessionOn(DateOnly date) =>
        FirstOnOrAfter(date) is { } session && session.Date == date
            ? session
            : new ReviewSession(date, At(date, DefaultStart)) { ChosenByHand = true };

    /// <summary>The first session dated <paramref name="date"/> or later, skipped dates left out.</summary>
    private ReviewSession? FirstOnOrAfter(DateOnly date) => Earliest(date) switch
    {
        { } skipped when _skip.Contains(skipped.Date) => FirstOnOrAfter(skipped.Date.AddDays(1)),
        var session => session,
    };

    /// <summary>
    /// One session per date: an explicit date wins over a recurrence on the same day (staff set its time), and of two
    /// recurrences on one day the earlier start wins.
    /// </summary>
    private ReviewSession? Earliest(DateOnly date)
    {
        var listed = _dates.FirstOrDefault(s => s.Date >= date);
        var from = At(date, TimeOnly.MinValue);
        var recurring = _recurrences.Select(r => r.GetNextOccurrence(from, TimeZone, inclusive: true)).Min() is { } first
            ? new ReviewSession(DateOnly.FromDateTime(first.DateTime), first)
            : null;
        return listed is not null && (recurring is null || listed.Date <= recurring.Date) ? listed : recurring;
    }

    private DateTimeOffset At(DateOnly date, TimeOnly time) => At(TimeZone, date, time);

    private DateTimeOffset At(DateTime local) => At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));

    /// <summary>
    /// The instant of a local date and time in <paramref name="zone"/> (the one place the domain turns a zone's day or
    /// session start into an instant). A time that DST skips moves to the first valid minute after it (a skipped
    /// midnight: the day starts when clocks resume); a time that DST repeats means its first, earlier occurrence.
    /// </summary>
    internal static DateTimeOffset At(TimeZoneInfo zone, DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        // The larger offset of a repeated time is its first occurrence (the earlier instant).
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
