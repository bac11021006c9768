using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// The issues as the scheduler reads them, once, with their comments: the agenda issues the automation (named by its
/// login, <see cref="Guardians.TrustedPeople.IsAutomation(string, string)"/>) opened, and the open applications in the
/// backlog or in review as queue candidates, as they stand at <paramref name="now"/>. A closed application is read only for
/// the queue comment it may carry.
/// </summary>
public sealed class ScheduleIssues(
    IReadOnlyList<IssueHistory> histories, string automation, SchedulingRules rules, IntakeAssessor intake, ReviewCalendar calendar,
    DateTimeOffset now)
{
    public IReadOnlyDictionary<int, IssueHistory> ByNumber { get; } = histories.DistinctBy(h => h.Issue.Number).ToDictionary(h => h.Issue.Number);

    /// <summary>
    /// The agendas, open and closed, each with the automation's own comments only: one staff closed (its session held, say)
    /// is not opened again, and its comments tell the automation's close (<see cref="ReviewAgenda.Skipped"/>) from staff's.
    /// </summary>
    public IReadOnlyList<IssueHistory> Agendas { get; } = ReviewAgenda.In(histories, automation);

    /// <summary>
    /// The open applications labelled new or in review, and those with the automation's queue-position comment (one taken
    /// out of the backlog by hand, or closed), whose comment must not go on naming a place; each read as the status page reads
    /// it (<see cref="IntakeAssessor.Candidate"/>).
    /// </summary>
    public IReadOnlyList<QueueCandidate> Candidates { get; } = [.. histories.DistinctBy(h => h.Issue.Number)
        .Where(h => !ReviewAgenda.IsAgenda(h.Issue, automation)
            && ((h.Issue.IsOpen && (h.Issue.HasLabel(rules.Labels.New) || h.Issue.HasLabel(rules.Labels.InReview)))
                || OwnComments.Of(h.Comments, automation, QueuePositionNotice.Purpose).Kept is not null))
        .Select(h => intake.Candidate(h, automation, calendar, now))];

    /// <summary>
    /// Who may lead the reviews of the batch of <paramref name="draft"/> (the plan made without reviewers): the Working
    /// Group's <paramref name="members"/> but the unavailable ones, what each application's thread shows
    /// recused (the tally's rule, <see cref="Electorate.RecusedIn"/>), and who led how many reviews in the sessions
    /// before the target, from their agendas, open or closed: staff close one once its session is held, and counting the
    /// open ones only left no history, so the same members led reviews every session. A cancelled session (in sessions.skip
    /// or taken out of the <paramref name="calendar"/>, <see cref="ReviewAgenda.IsCancelled"/>) led none: its batch moved on
    /// with its reviewers, who count in the next one's. Of two
    /// agendas for one session (two runs at once) the one the host keeps, the lowest number, is read; the target's (else, for
    /// one scheduled again, the latest earlier session's: <see cref="ReviewAgenda.RecordedReviewers"/>) records the reviewers the
    /// rule owns, so one of them who is neither a member now nor <paramref name="staff"/> has left the group and, before the
    /// session starts, is replaced.
    /// </summary>
    public ReviewerPool Reviewers(SchedulePlan draft, IEnumerable<string> members, ReviewCalendar calendar, IEnumerable<string>? staff = null)
    {
        var electorate = new Electorate([.. members.Order(GitHubHandle.Comparer)], false, null, null);
        var recorded = draft.Target is { } target
            ? ReviewAgenda.RecordedReviewers(Agendas, target.Date)
            : new Dictionary<int, IReadOnlyList<string>>();
        var pool = new ReviewerPool(electorate.Members, rules.ReviewersPerApplication, rules.AssignmentHistorySessions)
        {
            Staff = new HashSet<string>(staff ?? [], GitHubHandle.Comparer),
            Recorded = recorded,
        };
        IReadOnlyList<QueueCandidate> needing = [.. draft.NeedingReviewers.UnionBy(
            draft.Started ? [] : draft.Batch.Select(b => b.Application).Where(a => pool.LeftGroup(a).Count > 0), a => a.Issue.Number)];
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
