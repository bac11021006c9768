using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Comments;
using Ecosystem.GitHub.Identity;

namespace Ecosystem.Actions.Commands.Schedule;

/// <summary>
/// Reads the backlog in one listing of the open issues (every page, 100 a page). Comments are read only where the
/// queue needs them: for applications in review, whose automation comment records their session. In-review issues
/// that wait on the applicant or are already voting or decided are not read: their session cannot change anything.
/// </summary>
public sealed class BacklogReader(IGitHubGateway gateway, SchedulingRules rules, IntakeScreen intake)
{
    private readonly CommentUpserter _comments = new(gateway);

    public async Task<Backlog> ReadAsync(AutomationAccount automation, CancellationToken cancellationToken)
    {
        var open = await gateway.GetOpenIssuesAsync();
        var issues = new Dictionary<int, IssueSnapshot>();
        var candidates = new List<QueueCandidate>();
        var comments = new Dictionary<int, IReadOnlyList<CommentSnapshot>>();
        var agendas = new List<IssueSnapshot>();
        foreach (var issue in open)
        {
            cancellationToken.ThrowIfCancellationRequested();
            issues[issue.Number] = issue;
            if (IsAgenda(issue, automation))
            {
                agendas.Add(issue);
                continue;
            }

            if (!issue.HasLabel(rules.NewLabel) && !issue.HasLabel(rules.InReviewLabel))
            {
                continue; // neither in the backlog nor in review: not the scheduler's business
            }

            DateOnly? session = null;
            if (RecordsASession(issue))
            {
                var thread = await gateway.GetCommentsAsync(issue.Number);
                comments[issue.Number] = thread;
                var own = await _comments.FindOwnAsync(thread, ReviewSessionNotice.Purpose);
                session = own is null ? null : ReviewSessionNotice.SessionDateIn(own.Body);
            }

            var screening = intake.Screen(issue);
            candidates.Add(QueueCandidate.FromIssue(issue, screening.Complete, screening.Verdict, session) with
            {
                Maintainers = screening.Maintainers,
                RepositoryOwner = screening.RepositoryOwner,
            });
        }

        return new Backlog(issues, candidates, comments, agendas);
    }

    /// <summary>An agenda issue the automation opened (a user's issue with the same title is not one).</summary>
    public static bool IsAgenda(IssueSnapshot issue, AutomationAccount automation)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(automation);
        return automation.Opened(issue) && HiddenMarker.PurposeOf(issue.Body) == AgendaIssue.Purpose;
    }

    private bool RecordsASession(IssueSnapshot issue) =>
        issue.HasLabel(rules.InReviewLabel)
        && !issue.HasLabel(rules.WaitingLabel)
        && !rules.SettledLabels.Any(issue.HasLabel);
}
