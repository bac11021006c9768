using Ecosystem.Domain.Guardians;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// Who may lead the review of the applications joining a batch, as the host read it: the Working Group, who is away,
/// and for each application the members it rules out by their own choice (<c>/vote recuse</c>) or by their
/// organisation (a member of the organisation owning the applicant's repository). <see cref="PerApplication"/> 0 assigns none.
/// </summary>
public sealed record ReviewerPool(IReadOnlyList<string> Members, int PerApplication)
{
    /// <summary>Reviews each member led in the earlier sessions counted (<see cref="ReviewAgenda.ReviewerHistory"/>).</summary>
    public IReadOnlyDictionary<string, int> History { get; init; } = new Dictionary<string, int>(GitHubHandle.Comparer);

    public IReadOnlySet<string> Unavailable { get; init; } = new HashSet<string>(GitHubHandle.Comparer);

    public IReadOnlyDictionary<int, IReadOnlySet<string>> Recused { get; init; } = new Dictionary<int, IReadOnlySet<string>>();

    /// <summary>Staff (<c>people.staff</c>): an assignee who is staff has not left, whatever the Working Group says.</summary>
    public IReadOnlySet<string> Staff { get; init; } = new HashSet<string>(GitHubHandle.Comparer);

    /// <summary>
    /// The lead reviewers the agendas record for each application (<see cref="ReviewAgenda.RecordedReviewers"/>): Working Group
    /// members when written, so an assignee recorded there is one the rule owns.
    /// </summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Recorded { get; init; } = new Dictionary<int, IReadOnlyList<string>>();

    /// <summary>The applications that want reviewers picked (joining, short, or with a leaver), whose affiliations are asked.</summary>
    public IReadOnlyList<QueueCandidate> Needing { get; init; } = [];

    /// <summary>
    /// The recorded lead reviewers of <paramref name="application"/> to replace, none of them staff: members who left the Working
    /// Group and, as it is <paramref name="joining"/> a batch (scheduled again), members now <see cref="Unavailable"/>. Anyone
    /// assigned by hand (never recorded) is not, and while the group has no members (emptied by mistake, say) nobody is.
    /// </summary>
    public IReadOnlyList<string> Replaced(QueueCandidate application, bool joining = false) =>
        Members.Count > 0 && Recorded.GetValueOrDefault(application.Issue.Number) is { } recorded
            ? [.. application.Issue.Assignees.Where(a => recorded.Contains(a, GitHubHandle.Comparer) && !Staff.Contains(a)
                && (!Members.Contains(a, GitHubHandle.Comparer) || (joining && Unavailable.Contains(a))))]
            : [];

    /// <summary>
    /// How many members replace those who <paramref name="left"/>: one each, less members assigned since the agenda's record (by
    /// a run stopped before it took the leaver off, or by staff).
    /// </summary>
    public int Replacements(QueueCandidate application, IReadOnlyList<string> left) =>
        Math.Max(0, left.Count - application.Issue.Assignees.Count(a => Members.Contains(a, GitHubHandle.Comparer)
            && Recorded.GetValueOrDefault(application.Issue.Number)?.Contains(a, GitHubHandle.Comparer) != true));

    /// <summary>Who belongs to which organisation, as far as GitHub was asked (<see cref="AffiliationQuestions"/>); compared without regard to case.</summary>
    public IReadOnlyList<(string Organisation, string Member)> Affiliations { get; init; } = [];

    /// <summary>The members that may lead <paramref name="application"/>'s review, before load is considered.</summary>
    public IEnumerable<string> EligibleFor(QueueCandidate application) =>
        CandidatesFor(application).Where(m => !IsAffiliated(m, application));

    /// <summary>The members eligible on everything but affiliation: not away, not its author, maintainer, owner or recused.</summary>
    private IEnumerable<string> CandidatesFor(QueueCandidate application)
    {
        var recused = Recused.GetValueOrDefault(application.Issue.Number);
        return Members
            .Where(m => !Unavailable.Contains(m))
            .Where(m => !GitHubHandle.Same(m, application.Issue.Author))
            .Where(m => !application.Maintainers.Contains(m, GitHubHandle.Comparer))
            .Where(m => application.RepositoryOwner is not { } owner || !GitHubHandle.Same(m, owner))
            .Where(m => recused is null || !recused.Contains(m));
    }

    /// <summary>
    /// What to ask GitHub, each once, in batch order: whether a member still eligible for one of <paramref name="applications"/>
    /// belongs to the organisation owning its repository. The answers that are yes are the pool's <see cref="Affiliations"/>.
    /// </summary>
    public IReadOnlyList<(string Organisation, string Member)> AffiliationQuestions(IEnumerable<QueueCandidate> applications) =>
        [.. applications.SelectMany(a => a.RepositoryOwner is { } owner ? CandidatesFor(a).Select(m => (owner, m)) : [])
            .DistinctBy(q => q.owner + "/" + q.m, GitHubHandle.Comparer)];

    private bool IsAffiliated(string member, QueueCandidate application) => application.RepositoryOwner is { } owner
        && Affiliations.Any(a => GitHubHandle.Same(a.Organisation, owner) && GitHubHandle.Same(a.Member, member));
}
