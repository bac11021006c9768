using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// The issues as the scheduler reads them, once, with their comments: the agenda issues the <paramref name="automation"/>
/// opened, and the applications as queue candidates as they stand at <paramref name="now"/>.
/// </summary>
public sealed class ScheduleIssues(
    IReadOnlyList<IssueHistory> histories, string automation, SchedulingRules rules, IntakeAssessor intake, ReviewCalendar calendar,
    DateTimeOffset now)
{
    public IReadOnlyDictionary<int, IssueHistory> ByNumber { get; } = histories.DistinctBy(h => h.Issue.Number).ToDictionary(h => h.Issue.Number);

    /// <summary>
    /// The agendas, open and closed (one staff closed is not opened again), each with the automation's own comments only,
    /// which tell its close (<see cref="ReviewAgenda.Skipped"/>) from staff's.
    /// </summary>
    public IReadOnlyList<IssueHistory> Agendas { get; } = ReviewAgenda.In(histories, automation);

    /// <summary>
    /// The open applications labelled new or in review, and those with the automation's queue-position comment (taken out of
    /// the backlog by hand, or closed), which must not go on naming a place; read as the status page reads them.
    /// </summary>
    public IReadOnlyList<QueueCandidate> Candidates { get; } = [.. histories.DistinctBy(h => h.Issue.Number)
        .Where(h => !ReviewAgenda.IsAgenda(h.Issue, automation)
            && ((h.Issue.IsOpen && (h.Issue.HasLabel(rules.Labels.New) || h.Issue.HasLabel(rules.Labels.InReview)))
                || OwnComments.Of(h.Comments, automation, QueuePositionNotice.Purpose).Kept is not null))
        .Select(h => intake.Candidate(h, automation, calendar, now))];

    /// <summary>
    /// Who may lead the reviews of <paramref name="draft"/>'s batch (the plan made without reviewers): the Working Group's
    /// <paramref name="members"/> but the unavailable, less those each thread shows recused (<see cref="Electorate.RecusedIn"/>),
    /// with who led how many reviews before the target by the agendas, closed ones too: staff close one once its session is
    /// held, and counting the open ones only left no history. A cancelled session led none: its batch moved on with its
    /// reviewers. The agendas' record (<see cref="ReviewAgenda.RecordedReviewers"/>) names the reviewers the rule owns, so one
    /// of them neither a member now nor <paramref name="staff"/> has left the group and, before the session starts, is replaced
    /// (<see cref="ReviewerPool.Replaced"/>).
    /// </summary>
    public ReviewerPool Reviewers(SchedulePlan draft, IEnumerable<string> members, ReviewCalendar calendar, IEnumerable<string>? staff = null)
    {
        var electorate = new Electorate([.. members.Order(GitHubHandle.Comparer)], false, null, null);
        var recorded = draft.Target is { } target
            ? ReviewAgenda.RecordedReviewers(Agendas, target.Date)
            : new Dictionary<int, IReadOnlyList<string>>();
        var pool = new ReviewerPool(electorate.Members, rules.ReviewersPerApplication)
        {
            Staff = new HashSet<string>(staff ?? [], GitHubHandle.Comparer),
            Recorded = recorded,
        };
        IReadOnlyList<QueueCandidate> needing = [.. draft.NeedingReviewers.UnionBy(
            draft.Started ? [] : draft.Batch.Select(b => b.Application).Where(a => pool.Replaced(a).Count > 0), a => a.Issue.Number)];
        return pool with
        {
            Needing = needing,
            Unavailable = new HashSet<string>(rules.Unavailable, GitHubHandle.Comparer),
            Recused = needing.ToDictionary(a => a.Issue.Number, a => electorate.RecusedIn(ByNumber[a.Issue.Number].Comments)),
            History = ReviewAgenda.ReviewerHistory(
                Agendas.OrderBy(a => a.Issue.Number).Where(a => !ReviewAgenda.IsCancelled(a, calendar, draft.Today)).Select(a => a.Issue.Body),
                draft.Target?.Date ?? draft.Today,
                rules.AssignmentHistorySessions),
        };
    }
}
