using System.Globalization;
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
        QueueForecast forecast, IEnumerable<QueueCandidate> waitingOnApplicant, IEnumerable<QueueCandidate> intakeIncomplete, SchedulingRules rules)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(rules);
        var plans = forecast.Queue.Select(entry => Plan(entry.IssueNumber, Queued(entry, forecast.BatchSize)))
            .Concat(waitingOnApplicant.Select(a => Plan(a.Number, Waiting(rules))))
            .Concat(intakeIncomplete.Select(a => Plan(a.Number, Incomplete(a))));
        return [.. plans.OrderBy(p => p.IssueNumber)];
    }

    /// <summary>
    /// For an application that left the queue for a batch: its queue comment, if it has one, then says so (edit only:
    /// one that never had a queue comment gets none).
    /// </summary>
    public static CommentUpsert Scheduled(DateOnly session) => new(Purpose, Render(
        "Left the review queue: scheduled",
        $"This application is in the batch of the review session on **{Words(session)}** ({SessionText.Date(session)}).",
        "The session comment on this issue says how to prepare."))
    {
        EditOnly = true,
    };

    private static IssuePlan Plan(int issueNumber, string body) =>
        new(issueNumber) { Comments = [new CommentUpsert(Purpose, body)] };

    // Nothing about the rest of the queue (its length, say): a new application at the back must not edit every comment.
    private static string Queued(ForecastEntry entry, int batchSize) => Render(
        "Place in the review queue",
        $"This application is number **{Number(entry.Position)}** in the queue of applications waiting for a review session. " + (entry.ExpectedSession is { } date
            ? $"Expected session: **{Words(date)}** ({SessionText.Date(date)}), if the sessions before it take {Number(batchSize)} applications each."
            : "The calendar has no session for it yet: its session is named here once staff add more sessions."),
        "Applications labelled returning, and sessions that are added or skipped, can move the place; this comment follows it.");

    private static string Waiting(SchedulingRules rules) => Render(
        "Not in the review queue: waiting on you",
        $"This application waits for the applicant's answer (label `{rules.WaitingLabel.Replace("`", "'", StringComparison.Ordinal)}`), so it has no place in the review queue and no expected session.",
        "Answer the open questions in a comment; the application then takes its place in the queue again, and this comment names its session.");

    private static string Incomplete(QueueCandidate application) => Render(
        "Not in the review queue: held back by intake",
        "The intake check did not find this application complete" + (application.IntakeVerdict.Length > 0 ? $" ({MarkdownText.Inline(application.IntakeVerdict, 120)})" : string.Empty)
            + ", so it has no place in the review queue and no expected session.",
        "The intake report on this issue lists what is missing; once the application is complete it joins the queue, and this comment names its session.");

    private static string Render(string heading, string standing, string next) =>
        Template.Load("queue-position").Render(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["marker"] = HiddenMarker.For(Purpose),
            ["heading"] = heading,
            ["standing"] = standing,
            ["next"] = next,
        });

    /// <summary>e.g. "Tuesday 12 January 2027".</summary>
    private static string Words(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
