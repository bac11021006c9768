using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// The one comment on each application waiting for a review session that tells its applicant where it stands: its
/// place in the queue and the session it is expected at (the date in words and as YYYY-MM-DD), or why it is not in
/// the queue (waiting on the applicant, held back by intake). The text depends only on that standing, never on the
/// day of the run, so the comment is edited only when the place or the session changes.
/// </summary>
public static class QueuePositionNotice
{
    public const string Purpose = "queue-position";

    /// <summary>One plan per application in the queue or held back from it, each upserting this comment.</summary>
    public static IReadOnlyList<IssuePlan> Plans(
        QueueForecast forecast, IEnumerable<QueueCandidate> waitingOnApplicant, IEnumerable<QueueCandidate> intakeIncomplete, SchedulingRules rules) =>
        [.. forecast.Queue.Select(entry => Plan(entry.IssueNumber, Render("queued", entry.ExpectedSession, entry.Position, forecast.BatchSize)))
            .Concat(waitingOnApplicant.Select(a => Plan(a.Issue.Number, Render("waiting", null, waitingLabel: rules.Labels.Waiting))))
            .Concat(intakeIncomplete.Select(a => Plan(a.Issue.Number, Render("intake", null, verdict: a.IntakeVerdict))))
            .OrderBy(p => p.IssueNumber)];

    /// <summary>
    /// For an application that left the queue for a batch: its queue comment, if it has one, then says so (edit only:
    /// one that never had a queue comment gets none).
    /// </summary>
    public static CommentUpsert Scheduled(DateOnly session) => new(Purpose, Render("scheduled", session))
    {
        EditOnly = true,
    };

    private static IssuePlan Plan(int issueNumber, string body) =>
        new(issueNumber) { Comments = [new CommentUpsert(Purpose, body)] };

    // Nothing about the rest of the queue (its length, say): a new application at the back must not edit every comment.
    private static string Render(string standing, DateOnly? session, int place = 0, int batchSize = 0, string waitingLabel = "", string verdict = "") =>
        HiddenMarker.Stamp(Purpose, Template.Load("queue-position").Render(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["standing"] = standing,
            ["place"] = place,
            ["batch_size"] = batchSize,
            ["session"] = session is { } date ? SessionText.Date(date) : null,
            ["session_words"] = session is { } day ? SessionText.Words(day) : null,
            ["waiting_label"] = waitingLabel,
            ["verdict"] = verdict,
        }));
}
