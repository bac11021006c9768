using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Actions.Commands.Schedule;

/// <summary>
/// Gathers who may lead the reviews of a batch, reading as little as possible: the Working Group (already resolved for
/// the run), recusals from the comments of the applications concerned and the history from the agenda issues (both read
/// with the backlog), and one organisation-membership check per member and applicant organisation, remembered for the run.
/// </summary>
public sealed class ReviewerPoolReader(GitHubSession session, EcosystemOptions options)
{
    private readonly Dictionary<(string Organisation, string Member), bool> _membership = [];

    /// <summary>
    /// The pool for the batch of <paramref name="draft"/>, or null when no application needs it (nothing joins and
    /// every application already has reviewers), assignment is off, or the window is closed.
    /// </summary>
    /// <param name="draft">The plan made without reviewers.</param>
    /// <param name="backlog">The backlog as read.</param>
    public async Task<ReviewerPool?> ReadAsync(SchedulePlan draft, Backlog backlog)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(backlog);
        var perApplication = options.Sessions.ReviewersPerApplication;
        var concerned = draft.Batch
            .Where(b => b.Change != BatchChange.Kept || b.Application.Assignees.Count == 0)
            .Select(b => b.Application)
            .ToList();
        if (perApplication == 0 || !draft.WindowOpen || draft.Target is not { } target || concerned.Count == 0)
        {
            return null;
        }

        var members = (await session.PeopleAsync()).WorkingGroup.Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (members.Count == 0)
        {
            return null;
        }

        var memberSet = new HashSet<string>(members, StringComparer.OrdinalIgnoreCase);
        var recused = concerned.ToDictionary(a => a.Number, a => (IReadOnlySet<string>)Recusals(backlog.Comments[a.Number], memberSet));
        var pool = new ReviewerPool(members, perApplication, options.Sessions.AssignmentHistorySessions)
        {
            Unavailable = new HashSet<string>(options.People.WorkingGroup.Unavailable, StringComparer.OrdinalIgnoreCase),
            Recused = recused,
            History = ReviewAgenda.ReviewerHistory(backlog.AgendaIssues.Select(a => a.Body), target.Date, options.Sessions.AssignmentHistorySessions),
        };

        var organisations = new Dictionary<string, IReadOnlySet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var application in concerned.Where(a => a.RepositoryOwner is not null))
        {
            var owner = application.RepositoryOwner!;
            var belonging = new HashSet<string>(organisations.GetValueOrDefault(owner) ?? new HashSet<string>(), StringComparer.OrdinalIgnoreCase);
            foreach (var member in pool.CandidatesFor(application))
            {
                if (await IsMemberAsync(owner, member))
                {
                    belonging.Add(member);
                }
            }

            organisations[owner] = belonging;
        }

        return pool with { OrganisationMembers = organisations };
    }

    /// <summary>Members who wrote <c>/vote recuse</c> in the thread (the tally's own rule: only members recuse).</summary>
    private static HashSet<string> Recusals(IReadOnlyList<CommentSnapshot> thread, HashSet<string> members) =>
        new(thread
            .Where(c => members.Contains(c.Author) && VoteCommandParser.Parse(c.Body).Any(command => command.Verb == VoteVerb.Recuse))
            .Select(c => c.Author), StringComparer.OrdinalIgnoreCase);

    private async Task<bool> IsMemberAsync(string organisation, string member)
    {
        var key = (organisation.ToLowerInvariant(), member.ToLowerInvariant());
        if (!_membership.TryGetValue(key, out var belongs))
        {
            belongs = await session.Gateway.IsOrganizationMemberAsync(organisation, member);
            _membership[key] = belongs;
        }

        return belongs;
    }
}
