using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Guardians;

/// <summary>The applicant answers a wait on them: the label goes, returning comes if scheduled before, intake runs again.</summary>
public sealed class ApplicantReplies(GuardianRules rules, TrustedPeople people)
{
    public const string Purpose = "applicant-replied";

    public GuardianAction Review(
        IssueSnapshot application,
        CommentSnapshot comment,
        IReadOnlyList<CommentSnapshot> comments,
        IReadOnlyList<LabelEvent> labelEvents,
        IReadOnlyCollection<string> maintainers)
    {
        var number = application.Number;

        if (!ApplicationThread.IsApplicant(application, maintainers, comment, people))
        {
            return GuardianAction.Nothing(number, $"#{number}: comment by @{comment.Author} is not from the applicant.");
        }

        if (!application.HasLabel(rules.Labels.Waiting))
        {
            return GuardianAction.Nothing(number, $"#{number}: not waiting on the applicant.");
        }

        if (!application.IsOpen)
        {
            // Closed (a duplicate, say) with the label left on: waiting on nobody, so no one is pinged and nothing is queued.
            return GuardianAction.Nothing(number, $"#{number}: closed, so the comment by @{comment.Author} moves nothing; "
                + "`/ecosystem returning` from the applicant, or staff, reopen it.");
        }

        if (WaitsOnItsDate(application, comment.Author, comment.CreatedAt, comments) is { } early)
        {
            return early;
        }

        if (LabelEvent.LastAdded(labelEvents, rules.Labels.Waiting, people) is { } since && comment.CreatedAt < since)
        {
            return GuardianAction.Nothing(number, $"#{number}: the comment by @{comment.Author} predates the '{rules.Labels.Waiting}' label.");
        }

        return Replied(application, comment.Author, comments, labelEvents);
    }

    /// <summary>Nothing, for an early resubmission before its date: intake would put the label straight back.</summary>
    internal GuardianAction? WaitsOnItsDate(IssueSnapshot application, string author, DateTimeOffset at, IReadOnlyList<CommentSnapshot> comments) =>
        Intake.ResubmissionWait.In(comments, people.Automation) is { } until && DateOnly.FromDateTime(at.UtcDateTime) < until
            ? GuardianAction.Nothing(application.Number, $"#{application.Number}: an early resubmission, waiting until {SessionText.Date(until)}: "
                + $"the comment by @{author} moves nothing before then.")
            : null;

    internal GuardianAction Replied(
        IssueSnapshot application,
        string replier,
        IReadOnlyList<CommentSnapshot> comments,
        IReadOnlyList<LabelEvent> labelEvents,
        string? granted = null)
    {
        var returning = rules.PastReview(application) is null && WasScheduled(application, labelEvents);
        var since = LabelEvent.LastAdded(labelEvents, rules.Labels.Waiting, people) ?? application.CreatedAt;
        var plan = new IssuePlan(application.Number)
        {
            RemoveLabels = rules.RemoveWaitingOnReply ? ApplicationThread.IfPresent(application, rules.Labels.Waiting) : [],
            // Back in the backlog as well when neither in review nor new (staff swapped In review for the wait, and the
            // scheduler had taken New off): marked returning alone it is in no queue, though the comment puts it in the next batch.
            AddLabels = !returning ? []
                : application.HasLabel(rules.Labels.InReview) ? ApplicationThread.IfMissing(application, rules.Labels.Returning)
                : [.. ApplicationThread.IfMissing(application, rules.Labels.Returning),
                    .. ApplicationThread.IfMissing(application, rules.Labels.New)],
            // One comment a wait: an answer to a question asked again tells the group in a new one, which notifies.
            Comments = ApplicationThread.UnpostedOfThisWait(comments, people, Purpose, since,
                ("working_group", WorkingGroupMentions()),
                ("waiting_label", MarkdownText.Inline(rules.Labels.Waiting)),
                ("waiting_removed", rules.RemoveWaitingOnReply),
                ("returning", returning),
                ("returning_label", MarkdownText.Inline(rules.Labels.Returning)),
                ("returning_first", rules.Order == ReviewOrder.ReturningFirst),
                // Dates the return: an answer after the session it waited at takes it into the next batch (ReviewSessionNotice.RecordedIn);
                // or names the request granted (ReturningRequests.LastGranted), also when a later answer writes the comment again.
                ("returned", returning ? ReturningRequests.AnsweredLine(since)
                    : granted ?? ReturningRequests.GrantedIn(ApplicationThread.PostedInThisWait(comments, people, Purpose, since)))),
        };
        var summary = $"#{application.Number}: @{replier} answered; {(rules.RemoveWaitingOnReply ? "removed" : "kept")} '{rules.Labels.Waiting}'"
            + (returning ? $", marked '{rules.Labels.Returning}'" : string.Empty)
            + ", intake runs again.";
        return new GuardianAction(plan, summary) { RerunIntake = true };
    }

    /// <summary>In review now, or scheduled once: by someone trusted, or by an add that stood (<see cref="LabelEvent.Standing"/>).</summary>
    internal bool WasScheduled(IssueSnapshot application, IReadOnlyList<LabelEvent> labelEvents) =>
        application.HasLabel(rules.Labels.InReview)
        || application.HasLabel(rules.Labels.Returning)
        || LabelEvent.Standing([.. labelEvents.Where(e => LabelNames.Same(e.Label, rules.Labels.InReview))])
            .Any(e => e.Change.Added && (e.Stood || people.MayChangeLabels(e.Change.Actor)));

    private IEnumerable<string> WorkingGroupMentions() =>
        rules.WorkingGroupTeam.Length > 0
            ? ["@" + rules.WorkingGroupTeam]
            : GitHubHandle.Logins(rules.WorkingGroupUsers).Select(u => "@" + u);
}
