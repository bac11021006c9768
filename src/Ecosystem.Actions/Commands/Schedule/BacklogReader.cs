using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Identity;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands.Schedule;

/// <summary>
/// Reads the backlog in one paged read of the open issues with their comments (100 issues a request): the session of
/// an application in review is in the automation's comment on it, and the queue-position and session comments are
/// edited in place, so every comment the run needs comes with the issue. In-review issues that wait on the applicant
/// or are already voting or decided keep no session: theirs cannot change anything.
/// </summary>
public sealed class BacklogReader(IGitHubGateway gateway, SchedulingRules rules, IntakeScreen intake)
{
    public async Task<Backlog> ReadAsync(AutomationAccount automation, CancellationToken cancellationToken)
    {
        var open = await gateway.GetIssueHistoriesAsync(IssueStateFilter.Open);
        var issues = new Dictionary<int, IssueSnapshot>();
        var candidates = new List<QueueCandidate>();
        var comments = new Dictionary<int, IReadOnlyList<CommentSnapshot>>();
        var agendas = new List<IssueSnapshot>();
        foreach (var (issue, thread, _) in open)
        {
            cancellationToken.ThrowIfCancellationRequested();
            issues[issue.Number] = issue;
            comments[issue.Number] = thread;
            if (IsAgenda(issue, automation))
            {
                agendas.Add(issue);
                continue;
            }

            if (!issue.HasLabel(rules.Labels.New) && !issue.HasLabel(rules.Labels.InReview))
            {
                continue; // neither in the backlog nor in review: not the scheduler's business
            }

            candidates.Add(intake.Candidate(issue, RecordsASession(issue) ? RecordedSession(thread, automation) : null));
        }

        return new Backlog(issues, candidates, comments, agendas);
    }

    /// <summary>The session named by the automation's own review-session notice in <paramref name="thread"/>, or null.</summary>
    public static DateOnly? RecordedSession(IReadOnlyList<CommentSnapshot> thread, AutomationAccount automation) =>
        automation.Own(thread, ReviewSessionNotice.Purpose) is [var notice, ..] ? ReviewSessionNotice.SessionDateIn(notice.Body) : null;

    /// <summary>An agenda issue the automation opened (a user's issue with the same title is not one).</summary>
    public static bool IsAgenda(IssueSnapshot issue, AutomationAccount automation)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(automation);
        return automation.Opened(issue) && HiddenMarker.PurposeOf(issue.Body) == ReviewAgenda.Purpose;
    }

    private bool RecordsASession(IssueSnapshot issue) =>
        issue.HasLabel(rules.Labels.InReview)
        && !issue.HasLabel(rules.Labels.Waiting)
        && !rules.Labels.Settled.Any(issue.HasLabel);
}
