using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// The one comment on each application waiting for a review session that tells its applicant where it stands: its place
/// and expected session, or why it is not in the queue. The text depends only on that standing, never on the day of the
/// run, so the comment is edited only when the place or the session changes.
/// </summary>
public static class QueuePositionNotice
{
    public const string Purpose = "queue-position";

    /// <summary>
    /// One plan per application in the queue or held back from it, each upserting this comment; and one per application
    /// that <paramref name="left"/> the queue without a batch, whose comment, if it has one, then says it has no place.
    /// </summary>
    public static IReadOnlyList<IssuePlan> Plans(
        QueueForecast forecast,
        IEnumerable<QueueCandidate> waitingOnApplicant,
        IEnumerable<QueueCandidate> intakeIncomplete,
        IEnumerable<QueueCandidate> left,
        SchedulingRules rules) =>
        [.. forecast.Queue.Select(entry => Plan(entry.IssueNumber, Render("queued", entry.ExpectedSession, entry.Position, forecast.BatchSize,
                chosen: [.. forecast.Chosen.Where(c => c.Key < entry.ExpectedSession).OrderBy(c => c.Key)])))
            .Concat(waitingOnApplicant.Select(a => Plan(a.Issue.Number, a.WaitsUntil is { } date
                ? Render("resubmission", date) // an early resubmission waits on its date, not on an answer
                : Render("waiting", null, label: rules.Labels.Waiting))))
            .Concat(intakeIncomplete.Select(a => Plan(a.Issue.Number, Render("intake", null, verdict: a.IntakeVerdict))))
            .Concat(left.Select(a => Plan(a.Issue.Number, Left(a, rules), editOnly: true)))
            .OrderBy(p => p.IssueNumber)];

    /// <summary>Whether the application's comment says it joined the batch of the session it was last scheduled for.</summary>
    public static bool SaysScheduled(QueueCandidate application) =>
        application is { ScheduledSession: { } session, QueueNotice: { } body } && SameText.As(body, Scheduled(session).MarkedBody);

    /// <summary>For an application that left the queue for the batch of <paramref name="session"/>.</summary>
    public static CommentUpsert Scheduled(DateOnly session) => Edit("scheduled", session);

    /// <summary>
    /// For an application put in review by hand before the window of <paramref name="session"/> opens: it is in that batch, and
    /// gets its session comment once the batch is filled.
    /// </summary>
    public static CommentUpsert Adopted(DateOnly session) => Edit("adopted", session);

    /// <summary>For an application whose session was skipped once scheduled: it waits for <paramref name="next"/>'s batch.</summary>
    public static CommentUpsert Moved(DateOnly? next) => Edit("moved", next);

    /// <summary><paramref name="notice"/>, unless the application's queue comment says so already or it has none.</summary>
    public static IEnumerable<CommentUpsert> Unposted(QueueCandidate application, CommentUpsert notice) =>
        application.QueueNotice is { } body && !SameText.As(body, notice.MarkedBody) ? [notice] : [];

    // Why it left: closed, else as far as the labels say, a stage after the queue (voting, an outcome) or the new label taken off.
    private static string Left(QueueCandidate application, SchedulingRules rules) =>
        !application.Issue.IsOpen ? Render("closed", null)
        : rules.Labels.Settled.FirstOrDefault(application.Issue.HasLabel) is { } settled ? Render("left", null, label: settled)
        : Render("unlabelled", null, label: rules.Labels.New);

    // Edit only: an application that never had a queue comment gets none.
    private static CommentUpsert Edit(string standing, DateOnly? session) =>
        new(Purpose, Render(standing, session)) { EditOnly = true };

    private static IssuePlan Plan(int issueNumber, string body, bool editOnly = false) =>
        new(issueNumber) { Comments = [new CommentUpsert(Purpose, body) { EditOnly = editOnly }] };

    // Nothing about the rest of the queue (its length, say): a new application at the back must not edit every comment. The
    // sessions before it whose batch size staff chose are named, as they take another number than the rest.
    private static string Render(
        string standing, DateOnly? session, int place = 0, int batchSize = 0, string label = "", string verdict = "",
        IReadOnlyList<KeyValuePair<DateOnly, int>>? chosen = null) =>
        HiddenMarker.Stamp(Purpose, Template.Load("queue-position").Render(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["standing"] = standing,
            ["place"] = place,
            ["batch_size"] = batchSize,
            ["session"] = session is { } date ? SessionText.Date(date) : null,
            ["session_words"] = session is { } day ? SessionText.Words(day) : null,
            ["label"] = label,
            ["verdict"] = verdict,
            ["chosen"] = (chosen ?? []).Select(c => Template.Record(("date", SessionText.Date(c.Key)), ("size", c.Value))),
        }));
}
