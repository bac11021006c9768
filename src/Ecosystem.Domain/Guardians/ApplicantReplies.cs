using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// When the applicant (the issue author or a listed maintainer) answers an application that waits
/// on them: the waiting label goes, <c>Returning</c> comes if the application was scheduled before,
/// intake runs again, and the Working Group is told once, by a comment whose text never changes.
/// </summary>
public sealed class ApplicantReplies
{
    public const string Purpose = "applicant-replied";

    private readonly GuardianRules _rules;
    private readonly TrustedPeople _people;

    public ApplicantReplies(GuardianRules rules, TrustedPeople people)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _people = people;
    }

    /// <summary>The decision for one new <paramref name="comment"/> on <paramref name="application"/>.</summary>
    public GuardianAction Review(
        IssueSnapshot application,
        CommentSnapshot comment,
        IReadOnlyList<CommentSnapshot> comments,
        IReadOnlyList<LabelEvent> labelEvents,
        IReadOnlyCollection<string> maintainers)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(comment);
        var number = application.Number;

        if (!ApplicationThread.IsApplicant(application, maintainers, comment, _people))
        {
            return GuardianAction.Nothing(number, $"#{number}: comment by @{comment.Author} is not from the applicant.");
        }

        if (!application.HasLabel(_rules.WaitingLabel))
        {
            return GuardianAction.Nothing(number, $"#{number}: not waiting on the applicant.");
        }

        var waitingSince = ApplicationThread.LastAdded(labelEvents, _rules.WaitingLabel);
        if (waitingSince is { } since && comment.CreatedAt < since)
        {
            return GuardianAction.Nothing(number, $"#{number}: the comment by @{comment.Author} predates the '{_rules.WaitingLabel}' label.");
        }

        return Replied(application, comment.Author, comments, labelEvents);
    }

    /// <summary>The plan for an application whose applicant has answered (also used by the nightly stale check).</summary>
    internal GuardianAction Replied(
        IssueSnapshot application,
        string replier,
        IReadOnlyList<CommentSnapshot> comments,
        IReadOnlyList<LabelEvent> labelEvents)
    {
        var returning = WasScheduled(application, labelEvents);
        var body = ApplicationThread.Render(
            "applicant-replied",
            ("working_group", WorkingGroupMention()),
            ("waiting_label", MarkdownText.Inline(_rules.WaitingLabel)),
            ("returning", returning
                ? $" and the application is marked **{MarkdownText.Inline(_rules.ReturningLabel)}**"
                    + (_rules.Order == ReviewOrder.ReturningFirst ? ", so it goes first in the next review batch" : string.Empty)
                : string.Empty));

        var plan = new IssuePlan(application.Number)
        {
            RemoveLabels = ApplicationThread.IfPresent(application, _rules.WaitingLabel),
            AddLabels = returning ? ApplicationThread.IfMissing(application, _rules.ReturningLabel) : [],
            Comments = ApplicationThread.Unposted(comments, _people, new CommentUpsert(Purpose, body)),
        };
        var summary = $"#{application.Number}: @{replier} answered; removed '{_rules.WaitingLabel}'"
            + (returning ? $", marked '{_rules.ReturningLabel}'" : string.Empty)
            + ", intake runs again.";
        return new GuardianAction(plan, summary) { RerunIntake = true };
    }

    private bool WasScheduled(IssueSnapshot application, IReadOnlyList<LabelEvent> labelEvents) =>
        application.HasLabel(_rules.InReviewLabel)
        || application.HasLabel(_rules.ReturningLabel)
        || ApplicationThread.LastAdded(labelEvents, _rules.InReviewLabel) is not null;

    private string WorkingGroupMention()
    {
        if (_rules.WorkingGroupTeam.Length > 0)
        {
            return "@" + _rules.WorkingGroupTeam.Trim().TrimStart('@');
        }

        var users = _rules.WorkingGroupUsers.Select(GitHubHandle.Normalise).OfType<string>().Select(u => "@" + u).ToList();
        return users.Count > 0 ? string.Join(" ", users) : "Working Group";
    }
}
