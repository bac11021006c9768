using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// Nightly: an application waiting on its applicant gets one reminder after <see cref="GuardianRules.RemindAfterDays"/>
/// and is closed as too early after <see cref="GuardianRules.CloseAfterDays"/> (0: never). Every date in the texts comes
/// from when the waiting label was last added (for an early resubmission, its date if later), so the texts never change
/// from one night to the next; only the closing comment also names the date from which the project may apply again.
/// </summary>
public sealed class StaleWaits(GuardianRules rules, TrustedPeople people, TimeProvider time)
{
    public const string ReminderPurpose = "stale-reminder";
    public const string ClosedPurpose = "stale-closed";

    private readonly ApplicantReplies _replies = new(rules, people);

    public GuardianAction Review(
        IssueSnapshot application,
        IReadOnlyList<CommentSnapshot> comments,
        IReadOnlyList<LabelEvent> labelEvents,
        IReadOnlyCollection<string> maintainers)
    {
        var number = application.Number;
        if (!application.IsOpen || !application.HasLabel(rules.Labels.Waiting))
        {
            return GuardianAction.Nothing(number, $"#{number}: not waiting on the applicant.");
        }

        // An early resubmission waits on its date, not on the applicant: left alone until then, intake again on the day.
        var report = OwnComments.Of(comments, people.Automation, Intake.IntakeAssessor.CommentPurpose).Kept;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (report is not null && Intake.ResubmissionWait.Until(report.Body) is { } until)
        {
            return today < until
                ? GuardianAction.Nothing(number, $"#{number}: an early resubmission, waiting until {SessionText.Date(until)}; no reminder.")
                : new GuardianAction(new IssuePlan(number), $"#{number}: its resubmission date {SessionText.Date(until)} has come; intake runs again.") { RerunIntake = true };
        }

        // Without a timeline event, the opening date is the only fixed point: the issue's update
        // time moves with every comment, the automation's own reminder included.
        var since = LabelEvent.LastAdded(labelEvents, rules.Labels.Waiting, people) ?? application.CreatedAt;

        // An early resubmission, labelled waiting when filed, waits on its applicant's answers only from its date, when
        // intake reviewed it as new: the usual reminder and time before closing count from then.
        if (report is not null && Intake.ResubmissionWait.ReviewedFrom(report.Body) is { } reviewed)
        {
            var from = new DateTimeOffset(reviewed.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            since = from > since ? from : since;
        }

        // A reply whose comment event was missed is handled here, the same way. When replies keep the waiting label,
        // a reply already handled leaves nothing to write: the application waits on the Working Group, not the
        // applicant, so it is neither reminded nor sent to intake again every night.
        var reply = comments
            .Where(c => c.CreatedAt >= since && ApplicationThread.IsApplicant(application, maintainers, c, people))
            .MaxBy(c => c.CreatedAt);
        if (reply is not null)
        {
            var replied = _replies.Replied(application, reply.Author, comments, labelEvents);
            return rules.RemoveWaitingOnReply || !replied.Plan.IsEmpty
                ? replied
                : GuardianAction.Nothing(number, $"#{number}: @{reply.Author} answered; '{rules.Labels.Waiting}' stays until the Working Group removes it.");
        }

        // Whole days in UTC, as the texts date the wait and its closing: the night of the date named closes, whatever the hour.
        var days = today.DayNumber - DateOnly.FromDateTime(since.UtcDateTime).DayNumber;
        var closes = rules.CloseAfterDays > 0;
        var closeOn = SessionText.Date(since.AddDays(rules.CloseAfterDays));
        (string, object?)[] values =
        [
            ("author", ApplicationThread.Applicant(application)),
            ("waiting_since", SessionText.Date(since)),
            ("close_date", closeOn),
            ("waiting_label", MarkdownText.Inline(rules.Labels.Waiting)),
            ("waiting_removed", rules.RemoveWaitingOnReply),
            ("too_early_label", MarkdownText.Inline(rules.Labels.TooEarly)),
        ];

        if (closes && days >= rules.CloseAfterDays)
        {
            // Closed as too early now: intake holds a new application for the same repository until then, as after a vote.
            var resubmit = SessionText.Date(rules.Resubmission.From(time.GetUtcNow()));
            var plan = new IssuePlan(number)
            {
                AddLabels = ApplicationThread.IfMissing(application, rules.Labels.TooEarly),
                RemoveLabels = ApplicationThread.IfPresent(application, rules.Labels.Waiting),
                Comments = ApplicationThread.Unposted(comments, people, new CommentUpsert(OfThisWait(comments, ClosedPurpose, since),
                    ApplicationThread.Render(ClosedPurpose, [.. values, ("resubmit_date", resubmit)]))),
                State = new IssueStateChange(Open: false, StateReason: "not_planned"),
            };
            return new GuardianAction(plan, $"#{number}: closed as '{rules.Labels.TooEarly}' after {days} days without an answer (waiting since {SessionText.Date(since)}).");
        }

        if (rules.RemindAfterDays == 0)
        {
            return GuardianAction.Nothing(number, $"#{number}: waiting on the applicant for {days} days; no reminder (housekeeping.remind-after-days is 0).");
        }

        if (days >= rules.RemindAfterDays)
        {
            var reminder = new CommentUpsert(OfThisWait(comments, ReminderPurpose, since),
                ApplicationThread.Render(ReminderPurpose, [.. values, ("closes", closes)]));
            var plan = new IssuePlan(number) { Comments = ApplicationThread.Unposted(comments, people, reminder) };
            var next = closes ? $"closes on {closeOn} without an answer" : "stays open until an answer (housekeeping.close-after-days is 0)";
            return new GuardianAction(plan, plan.IsEmpty
                ? $"#{number}: reminded already; {next}."
                : $"#{number}: reminded the applicant after {days} days; {next}.");
        }

        return GuardianAction.Nothing(number, $"#{number}: waiting on the applicant for {days} days; reminder after {rules.RemindAfterDays}.");
    }

    /// <summary>
    /// The purpose of this wait's comment of <paramref name="purpose"/>: its own, naming when the wait began, once the
    /// automation posted one in an earlier wait (editing that one would notify nobody); else the purpose itself.
    /// </summary>
    private string OfThisWait(IReadOnlyList<CommentSnapshot> comments, string purpose, DateTimeOffset since) =>
        OwnComments.Of(comments, people.Automation, purpose).Kept?.CreatedAt < since
            ? HiddenMarker.OfRound(purpose, since)
            : purpose;
}
