using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// The queue rule. An application is scheduled for a session when it carries the in-review label and the
/// automation's <c>review-session</c> comment names that session's date; the label says "scheduled", the comment
/// says "for when". So after a session has passed its batch (still labelled in review until the vote) takes no
/// place in the next one, a hand-labelled application joins the target batch, and a batch whose session is cancelled
/// (<see cref="ReviewCalendar.IsCancelled"/>) moves to the target session.
/// </summary>
public sealed class ReviewQueue(SchedulingRules rules, Func<QueueCandidate, DateOnly, bool> isCancelled)
{
    public QueueStanding StandingOf(QueueCandidate application, DateOnly? target, DateOnly today)
    {
        if (!application.Issue.IsOpen)
        {
            return QueueStanding.NotQueued;
        }

        var isNew = application.Issue.HasLabel(rules.Labels.New);
        var inReview = application.Issue.HasLabel(rules.Labels.InReview);
        // A vote opened on one of a batch (at its session, or as the session's day starts with voting.open-on-schedule) is
        // that batch's next step: it keeps its place there, or the batch of a session hours away would be taken again.
        if (rules.Labels.Settled.Any(label => application.Issue.HasLabel(label)
            && !(inReview && application.ScheduledSession is not null && LabelNames.Same(label, rules.Labels.Voting))))
        {
            return isNew ? QueueStanding.Settled : QueueStanding.NotQueued;
        }

        var waiting = application.Issue.HasLabel(rules.Labels.Waiting);
        // Withdrawn before its session and reopened after it: never reviewed, it waits in the queue again, as one labelled new.
        var requeued = inReview && application.WithdrawnFrom is not null;
        if (inReview && !requeued)
        {
            return (waiting, application.ScheduledSession) switch
            {
                (true, _) => QueueStanding.WaitingOnApplicant,
                (_, null) => QueueStanding.Unrecorded,
                // A cancelled session was never held, even once its day has passed (the next window may open weeks later).
                (_, not null) when isCancelled(application, today) => QueueStanding.SessionSkipped,
                (_, { } date) when date < today => QueueStanding.Reviewed,
                (_, { } date) when date == target => QueueStanding.Scheduled,
                _ => QueueStanding.ScheduledElsewhere,
            };
        }

        if (!isNew && !requeued)
        {
            return QueueStanding.NotQueued;
        }

        // Intake puts the waiting label on an incomplete application: completing it, not an answer, brings it into the queue.
        // An early resubmission waits on its date whatever its form says.
        return waiting && (application.IntakeComplete || application.WaitsUntil is not null) ? QueueStanding.WaitingOnApplicant
            : application.IntakeComplete ? QueueStanding.Backlog
            : QueueStanding.IntakeIncomplete;
    }

    public IReadOnlyList<QueueCandidate> InReviewOrder(IEnumerable<QueueCandidate> applications) =>
        [.. applications.OrderBy(a => rules.Order == ReviewOrder.ReturningFirst && a.Issue.HasLabel(rules.Labels.Returning) ? 0 : 1)
            .ThenBy(a => a.Issue.Number)];
}
