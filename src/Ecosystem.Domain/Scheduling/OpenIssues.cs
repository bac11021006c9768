using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// The open issues as the scheduler reads them, once, with their comments: the agenda issues the automation opened, and
/// the applications in the backlog or in review as queue candidates. The automation is named by its login as the gateway
/// spells its own issues and comments (recognised by account id), which no person can hold.
/// </summary>
public sealed class OpenIssues
{
    public OpenIssues(IEnumerable<IssueHistory> histories, string automation, SchedulingRules rules, IntakeAssessor intake)
    {
        ByNumber = histories.DistinctBy(h => h.Issue.Number).ToDictionary(h => h.Issue.Number);
        Agendas = [.. ByNumber.Values.Select(h => h.Issue).Where(i => ReviewAgenda.IsAgenda(i, automation))];
        // One in review that waits on the applicant or is already voting or decided keeps no session: theirs cannot change anything.
        Candidates = [.. ByNumber.Values
            .Where(h => !ReviewAgenda.IsAgenda(h.Issue, automation) && (h.Issue.HasLabel(rules.Labels.New) || h.Issue.HasLabel(rules.Labels.InReview)))
            .Select(h => intake.Candidate(h.Issue, h.Issue.HasLabel(rules.Labels.InReview) && !h.Issue.HasLabel(rules.Labels.Waiting)
                && !rules.Labels.Settled.Any(h.Issue.HasLabel) ? ReviewSessionNotice.RecordedIn(h.Comments, automation) : null))];
    }

    public IReadOnlyDictionary<int, IssueHistory> ByNumber { get; }

    public IReadOnlyList<IssueSnapshot> Agendas { get; }

    /// <summary>The applications labelled new or in review.</summary>
    public IReadOnlyList<QueueCandidate> Candidates { get; }

    /// <summary>
    /// <paramref name="pool"/> for the batch of <paramref name="draft"/> (the plan made without reviewers): the members
    /// each application's thread shows recused (the tally's rule, <see cref="Electorate.RecusedIn"/>), and who led how
    /// many reviews in the sessions before the target, from the agendas.
    /// </summary>
    public ReviewerPool Reviewers(SchedulePlan draft, ReviewerPool pool) => pool with
    {
        Recused = draft.NeedingReviewers.ToDictionary(a => a.Number, a => new Electorate(pool.Members, false, null, null).RecusedIn(ByNumber[a.Number].Comments)),
        History = draft.Target is { } target ? ReviewAgenda.ReviewerHistory(Agendas.Select(a => a.Body), target.Date, pool.HistorySessions) : pool.History,
    };
}
