using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// Nightly: an application waiting on its applicant gets one reminder, then is closed as too early (<see cref="CloseOn"/>).
/// Every date in the texts comes from the wait's start, the reminder and the days paused since, so the texts change only
/// on the night after an unlock or a reopening.
/// </summary>
public sealed class StaleWaits(GuardianRules rules, TrustedPeople people, TimeProvider time)
{
    public const string ReminderPurpose = "stale-reminder";
    public const string ClosedPurpose = "stale-closed";

    private readonly ApplicantReplies _replies = new(rules, people);
    private readonly DecisionOutcomes _decisions = new(rules, people);

    /// <summary>
    /// Waiting, or too early as a stopped run leaves it (<see cref="DecisionOutcomes.Unfinished"/>); with a board, also a wait
    /// closed as too early in the nights the label sweep reaches back (<see cref="LabelGovernance.SweepDays"/>): its move may
    /// have failed; one closed otherwise (staff's own too early) waits on nobody and is left out.
    /// </summary>
    public bool Watches(IssueHistory history) => history.Issue.IsOpen
        ? history.Issue.HasLabel(rules.Labels.Waiting) || history.Issue.HasLabel(rules.Labels.TooEarly)
        : rules.Columns is not null && history.Issue.HasLabel(rules.Labels.TooEarly)
            && history.Issue.ClosedAt > time.GetUtcNow().AddDays(-LabelGovernance.SweepDays) && Closing(history) is not null;

    public GuardianAction Review(IssueHistory waiting, IReadOnlyCollection<string> maintainers)
    {
        var ((application, comments, labelEvents), locks) = (waiting, waiting.Paused);
        var number = application.Number;
        var (report, since) = (Report(comments), WaitingSince(waiting));
        if (!application.IsOpen || !application.HasLabel(rules.Labels.Waiting))
        {
            var closing = Closing(waiting);
            if (Watches(waiting) && closing is not null && !application.IsOpen)
            {
                // Closed: its board item goes to done, which the close's own run may have failed to write.
                return new GuardianAction(new IssuePlan(number) { Board = rules.Decided(closing.CreatedAt) },
                    $"#{number}: closed as '{rules.Labels.TooEarly}' on {SessionText.Date(closing.CreatedAt)}; its board item goes to done.");
            }

            // The applier closes last, after the labels: a run stopped once the waiting label went left the issue open,
            // labelled too early under this wait's closing comment. The close it announced and never made is finished, whatever
            // came since; one made and undone was reopened on purpose.
            return Watches(waiting) && closing is not null && !waiting.ClosedSince(closing.CreatedAt)
                ? Close(application, comments, since, locks)
                : _decisions.Unfinished(waiting)
                    ?? GuardianAction.Nothing(number, $"#{number}: not waiting on the applicant.");
        }

        // An early resubmission waits on its date, not on the applicant: left alone until then, intake again on the day.
        if (report is not null && Intake.ResubmissionWait.Until(report.Body) is { } until)
        {
            return Today < until
                ? GuardianAction.Nothing(number, $"#{number}: an early resubmission, waiting until {SessionText.Date(until)}; no reminder.")
                : new GuardianAction(new IssuePlan(number), $"#{number}: its resubmission date {SessionText.Date(until)} has come; intake runs again.") { RerunIntake = true };
        }

        // A reply whose comment event was missed is handled here, the same way, and so is an earlier comment the applicant
        // edited with the answers since (an edit sends no event the guard runs on). When replies keep the waiting label,
        // a reply already handled leaves nothing to write: the application waits on the Working Group, not the
        // applicant, so it is neither reminded nor sent to intake again every night.
        var reply = comments
            .Where(c => c.UpdatedAt >= since && ApplicationThread.IsApplicant(application, maintainers, c, people))
            .MaxBy(c => c.UpdatedAt);
        if (reply is not null)
        {
            var replied = _replies.Replied(application, reply.Author, comments, labelEvents);
            return rules.RemoveWaitingOnReply || !replied.Plan.IsEmpty
                ? replied
                : GuardianAction.Nothing(number, $"#{number}: @{reply.Author} answered; '{rules.Labels.Waiting}' stays until the Working Group removes it.");
        }

        if (rules.PastReview(application) is { } settled)
        {
            return GuardianAction.Nothing(number, $"#{number}: labelled '{settled}', past review: neither reminded nor closed as "
                + $"'{rules.Labels.TooEarly}' for the '{rules.Labels.Waiting}' label left on it.");
        }

        if (application.IsLocked)
        {
            return GuardianAction.Nothing(number, $"#{number}: the conversation is locked, so the applicant cannot answer in a comment: "
                + "neither reminded nor closed while it stays locked.");
        }

        var days = DaysSince(since);
        var closes = rules.CloseAfterDays > 0;
        var closeOn = CloseOn(comments, since, locks);
        if (closes && Today >= closeOn)
        {
            return Close(application, comments, since, locks);
        }

        if (rules.RemindAfterDays == 0)
        {
            return GuardianAction.Nothing(number, $"#{number}: waiting on the applicant for {Counted.Of(days, "day")}; no reminder (housekeeping.remind-after-days is 0).");
        }

        if (days >= rules.RemindAfterDays)
        {
            var plan = new IssuePlan(number)
            {
                Comments = ApplicationThread.UnpostedOfThisWait(comments, people, ReminderPurpose, since,
                    [.. Values(application, comments, since, locks), ("closes", closes)]),
            };
            var next = closes
                ? $"closes on {SessionText.Date(closeOn)} without an answer"
                : "stays open until an answer (housekeeping.close-after-days is 0)";
            return new GuardianAction(plan, plan.IsEmpty
                ? $"#{number}: reminded already; {next}."
                : $"#{number}: reminded the applicant after {Counted.Of(days, "day")}; {next}.");
        }

        return GuardianAction.Nothing(number, $"#{number}: waiting on the applicant for {Counted.Of(days, "day")}; reminder after {Counted.Of(rules.RemindAfterDays, "day")}.");
    }

    /// <summary>This wait's closing comment, which a close of the wait posts before it closes.</summary>
    private CommentSnapshot? Closing(IssueHistory history) =>
        ApplicationThread.PostedInThisWait(history.Comments, people, ClosedPurpose, WaitingSince(history));

    private CommentSnapshot? Report(IReadOnlyList<CommentSnapshot> comments) =>
        OwnComments.Of(comments, people.Automation, Intake.IntakeAssessor.CommentPurpose).Kept;

    /// <summary>
    /// The waiting label last added (without an event, the opening date is the only fixed point: the update time moves with
    /// every comment); for an early resubmission, its date if later.
    /// </summary>
    private DateTimeOffset WaitingSince(IssueHistory history)
    {
        var since = LabelEvent.LastAdded(history.LabelEvents, rules.Labels.Waiting, people) ?? history.Issue.CreatedAt;
        return Intake.ResubmissionWait.ReviewedSince(Report(history.Comments)) is { } from && from > since ? from : since;
    }

    /// <summary>Too early: the project may apply again once the review's items are done (no waiting date, which is a decline's).</summary>
    private GuardianAction Close(
        IssueSnapshot application, IReadOnlyList<CommentSnapshot> comments, DateTimeOffset since, IReadOnlyList<LockEvent> locks)
    {
        var plan = new IssuePlan(application.Number)
        {
            AddLabels = ApplicationThread.IfMissing(application, rules.Labels.TooEarly),
            RemoveLabels = ApplicationThread.IfPresent(application, rules.Labels.Waiting),
            Comments = ApplicationThread.UnpostedOfThisWait(comments, people, ClosedPurpose, since,
                Values(application, comments, since, locks)),
            State = new IssueStateChange(Open: false, StateReason: "not_planned"),
            Board = rules.Decided(),
        };
        return new GuardianAction(plan, $"#{application.Number}: closed as '{rules.Labels.TooEarly}' after {Counted.Of(DaysSince(since), "day")} without an answer "
            + $"(waiting since {SessionText.Date(since)}).");
    }

    /// <summary>
    /// <see cref="GuardianRules.CloseAfterDays"/> after the wait began, or, with reminders on, the days between reminder and
    /// close after the reminder when later: one posted late (the conversation locked) leaves the time an on-time one does.
    /// The days since the last notice paused (<see cref="IssueHistory.Paused"/>) are added.
    /// </summary>
    private DateOnly CloseOn(IReadOnlyList<CommentSnapshot> comments, DateTimeOffset since, IReadOnlyList<LockEvent> locks)
    {
        var due = DateOnly.FromDateTime(since.UtcDateTime).AddDays(rules.CloseAfterDays);
        var now = time.GetUtcNow();
        var reminder = ApplicationThread.PostedInThisWait(comments, people, ReminderPurpose, since);
        var (noticed, answerable) = rules.RemindAfterDays == 0
            ? (since, rules.CloseAfterDays)
            : (reminder?.CreatedAt ?? now, rules.CloseAfterDays - rules.RemindAfterDays);
        var graced = DateOnly.FromDateTime(noticed.UtcDateTime).AddDays(answerable + LockEvent.LockedDays(locks, noticed, now));
        return graced > due ? graced : due;
    }

    /// <summary>In UTC, as the texts date the wait: the night of the date named closes, whatever the hour.</summary>
    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private int DaysSince(DateTimeOffset since) => Today.DayNumber - DateOnly.FromDateTime(since.UtcDateTime).DayNumber;

    private (string, object?)[] Values(
        IssueSnapshot application, IReadOnlyList<CommentSnapshot> comments, DateTimeOffset since, IReadOnlyList<LockEvent> locks) =>
    [
        ("author", ApplicationThread.Applicant(application)),
        ("waiting_since", SessionText.Date(since)),
        ("close_date", SessionText.Date(CloseOn(comments, since, locks))),
        ("waiting_label", MarkdownText.Inline(rules.Labels.Waiting)),
        ("waiting_removed", rules.RemoveWaitingOnReply),
        ("too_early_label", MarkdownText.Inline(rules.Labels.TooEarly)),
    ];
}
