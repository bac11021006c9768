using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// The automation's one comment per scheduled application (purpose <c>review-session</c>): the session date, what
/// to prepare and a link to the agenda. It also records the session date in a hidden line, which is how a later
/// run knows which session the application is scheduled for.
/// </summary>
public static class ReviewSessionNotice
{
    public const string Purpose = "review-session";

    /// <summary>The hidden line of <see cref="Moved"/>'s notice, recording the cancelled date.</summary>
    private const string CancelledPurpose = "session-cancelled";

    /// <summary>The hidden line recording the sessions the notice named before that were held (<see cref="Held"/>).</summary>
    private const string HeldPurpose = "sessions-held";

    /// <summary>The notice of <paramref name="session"/>, keeping the <paramref name="held"/> sessions named before (<see cref="Held"/>).</summary>
    public static string Render(
        ReviewSession session, TimeZoneInfo zone, SchedulingRules rules, IntakeRules requirements, string repositoryUrl,
        IReadOnlyList<DateOnly>? held = null) =>
        HiddenMarker.Stamp(Purpose, Template.Load("review-session-comment").Render(new Dictionary<string, object?>
        {
            ["session_marker"] = SessionText.Markers(session) + HeldMarker(held),
            ["date"] = SessionText.Date(session.Date),
            ["when_text"] = SessionText.When(session, zone),
            ["waiting_label"] = rules.Labels.Waiting,
            // The intake report's own titles, with the configured thresholds and software.
            ["requirements"] = Requirement.For(requirements).Select(r => Template.Record(("number", r.Number), ("title", r.Title))).ToList(),
            ["agenda_url"] = ReviewAgenda.SearchUrl(repositoryUrl, session.Date),
        }));

    /// <summary>
    /// The notice of an application whose session was <paramref name="cancelled"/> after it was scheduled: it goes into the batch
    /// of <paramref name="next"/> (null: none yet). The hidden lines still record the cancelled date (as the calendar's when
    /// <paramref name="listed"/>), so it moves, and gets <see cref="Render"/>'s notice, only once that batch is filled.
    /// </summary>
    public static string Moved(
        DateOnly cancelled, bool listed, ReviewSession? next, TimeZoneInfo zone, SchedulingRules rules, IReadOnlyList<DateOnly>? held = null) =>
        HiddenMarker.Stamp(Purpose, Template.Load("review-session-moved").Render(new Dictionary<string, object?>
        {
            ["session_marker"] = SessionText.Markers(cancelled, listed) + "\n" + SessionText.Marker(cancelled, CancelledPurpose) + HeldMarker(held),
            ["date"] = SessionText.Date(cancelled),
            ["date_words"] = SessionText.Words(cancelled),
            ["next_when"] = next is null ? null : SessionText.When(next, zone),
            ["lead_days"] = rules.LeadDays,
        }));

    /// <summary>
    /// The sessions the notice about to name <paramref name="next"/> keeps: those it kept, and its own once started, unless
    /// skipped, withdrawn from (<see cref="QueueCandidate.WithdrawnFrom"/>) or <paramref name="next"/>. The notice is one comment
    /// edited in place, so a session it named for an earlier round would otherwise be lost to the status page.
    /// </summary>
    public static IReadOnlyList<DateOnly> Held(QueueCandidate application, DateOnly next, ReviewCalendar calendar, DateTimeOffset now) =>
        application.SessionNotice?.Kept is not { } notice ? [] : [.. NamedIn(notice.Body)
            .Where(date => calendar.SessionOn(date).StartsAt <= now && date != next && date != application.WithdrawnFrom && !calendar.IsSkipped(date))
            .Distinct().Order()];

    /// <summary>Every session the automation's notice named (<see cref="Held"/> and its own), unless cancelled or withdrawn from.</summary>
    public static IReadOnlyList<DateOnly> Named(
        IssueHistory history, string automation, ReviewCalendar calendar, string waiting, DateTimeOffset now) =>
        OwnComments.Of(history.Comments, automation, Purpose).Kept is { } notice
            ? [.. NamedIn(notice.Body).Where(date => !Withdrawn(history, date, calendar, waiting, now))]
            : [];

    /// <summary>
    /// Whether the application was out of the batch of <paramref name="date"/> as its session started, so not reviewed there:
    /// closed, or (once started) <paramref name="waiting"/> on its applicant, whom the scheduler leaves out of every batch.
    /// </summary>
    private static bool Withdrawn(IssueHistory history, DateOnly date, ReviewCalendar calendar, string waiting, DateTimeOffset now) =>
        calendar.SessionOn(date).StartsAt is var start && (history.WasClosedAt(start) || (start <= now && history.HadLabelAt(waiting, start)));

    private static IEnumerable<DateOnly> NamedIn(string body) =>
        [.. HeldIn(body), .. SessionDateIn(body) is { } named && !SaysCancelled(body) ? [named] : Array.Empty<DateOnly>()];

    private static string HeldMarker(IReadOnlyList<DateOnly>? held) =>
        held is { Count: > 0 } ? "\n" + HiddenMarker.For(HeldPurpose, string.Join(" ", held.Select(SessionText.Date))) : string.Empty;

    private static IEnumerable<DateOnly> HeldIn(string body) =>
        (HiddenMarker.ValueOf(body, HeldPurpose) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(text => ReviewCalendarSettings.TryReadDate(text, out var date, out _) ? date : (DateOnly?)null)
            .OfType<DateOnly>();

    /// <summary>Whether the automation's notice <paramref name="commentBody"/> says its session is cancelled (<see cref="Moved"/>).</summary>
    public static bool SaysCancelled(string commentBody) => SessionText.DateIn(commentBody, CancelledPurpose) is not null;

    /// <summary>Whether the session of <paramref name="date"/> the automation's <paramref name="notice"/> names is cancelled.</summary>
    public static bool Cancelled(DateOnly date, string? notice, ReviewCalendar calendar, DateOnly today) =>
        calendar.IsCancelled(date, today, SessionText.Listed(notice, date), notice is not null && SaysCancelled(notice));

    /// <summary>
    /// The session date the automation's <c>review-session</c> comment records. Pass only a comment the automation wrote: users
    /// cannot forge the line (their text is neutralised wherever the automation echoes it, and the host checks the author).
    /// </summary>
    public static DateOnly? SessionDateIn(string commentBody) =>
        HiddenMarker.PurposeOf(commentBody) == Purpose ? SessionText.DateIn(commentBody) : null;

    /// <summary>
    /// The session of this review round: the one the automation's first notice names (anyone could type the hidden line). One
    /// that started before the application's last return (<see cref="ReturningRequests.LastReturn"/>) was the earlier review's,
    /// also on the session's own day, so none is recorded until the scheduler names the next: one in review (by hand, or kept
    /// there by the answer) joins a batch, where it counted as reviewed.
    /// </summary>
    public static DateOnly? RecordedIn(IReadOnlyList<CommentSnapshot> thread, string automation, ReviewCalendar calendar)
    {
        var session = OwnComments.Of(thread, automation, Purpose).All
            .Select(c => SessionDateIn(c.Body)).FirstOrDefault(date => date is not null);
        var returned = ReturningRequests.LastReturn(thread, automation);
        return session is { } date && calendar.SessionOn(date).StartsAt < returned ? null : session;
    }

    /// <summary>
    /// The session of this review round (<see cref="RecordedIn(IReadOnlyList{CommentSnapshot}, string, ReviewCalendar)"/>), as
    /// <c>WithdrawnFrom</c> instead when the timeline shows the application out of it as it started (<see cref="Withdrawn"/>).
    /// The scheduler, the status page and the tally read it so; the tally reads no label events, and of a comment's run only
    /// the close GitHub reports (<see cref="IssueHistory.Closures"/>).
    /// </summary>
    public static (DateOnly? Session, DateOnly? WithdrawnFrom) RecordedIn(
        IssueHistory history, string automation, ReviewCalendar calendar, string waiting, DateTimeOffset now) =>
        RecordedIn(history.Comments, automation, calendar) is not { } date ? (null, null)
            : Withdrawn(history, date, calendar, waiting, now) ? (null, date)
            : (date, null);
}
