using Ecosystem.Domain.Guardians;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// Picks the lead reviewers of the applications that join a batch. Only a joining application gets reviewers (one
/// already in the batch keeps what it has, so a reviewer removed by hand is not put back), and only as many as it
/// lacks: assignees set by hand count towards <see cref="ReviewerPool.PerApplication"/> and are never undone.
/// Load is spread first over the batch (the fewest applications of this batch, counting every assignee already
/// there), then over time (the fewest reviews led in the last <see cref="SchedulingRules.AssignmentHistorySessions"/> sessions),
/// then by login, so the same inputs always give the same reviewers. A lead reviewer who left the Working Group before
/// the session, or is away as the application joins (<see cref="ReviewerPool.Replaced"/>), is taken off and replaced by as
/// many members, picked the same way; once the session has started the agenda is its record, and nobody is replaced.
/// </summary>
public static class ReviewerChooser
{
    /// <summary>The target session's <paramref name="batch"/> in review order; once <paramref name="started"/>, leavers stay.</summary>
    public static IReadOnlyList<ReviewerAssignment> Choose(IReadOnlyList<ScheduledApplication> batch, ReviewerPool pool, bool started = false)
    {
        var load = batch.SelectMany(b => b.Application.Issue.Assignees)
            .GroupBy(assignee => assignee, GitHubHandle.Comparer)
            .ToDictionary(g => g.Key, g => g.Count(), GitHubHandle.Comparer);
        var assignments = new List<ReviewerAssignment>(batch.Count);
        foreach (var member in batch)
        {
            var application = member.Application;
            var kept = member.Change == BatchChange.Kept;
            IReadOnlyList<string> left = started ? [] : pool.Replaced(application, !kept);
            IReadOnlyList<string> current = [.. application.Issue.Assignees.Except(left, GitHubHandle.Comparer)];
            var wanted = kept ? pool.Replacements(application, left) : Math.Max(0, pool.PerApplication - current.Count);
            var eligible = pool.EligibleFor(application).Where(m => !current.Contains(m, GitHubHandle.Comparer)).ToList();
            var added = eligible
                .OrderBy(m => load.GetValueOrDefault(m))
                .ThenBy(m => pool.History.GetValueOrDefault(m))
                .ThenBy(m => m, GitHubHandle.Comparer)
                .ThenBy(m => m, StringComparer.Ordinal)
                .Take(wanted)
                .ToList();
            // One already in the batch short of reviewers (too few were available, or staff removed them) is not given
            // more now, but still shows as short when nobody else could take it, so the agenda reads the same every night.
            var missing = kept && left.Count == 0
                ? (eligible.Count == 0 ? Math.Max(0, pool.PerApplication - current.Count) : 0)
                : wanted - added.Count;
            foreach (var reviewer in added)
            {
                load[reviewer] = load.GetValueOrDefault(reviewer) + 1;
            }

            assignments.Add(new ReviewerAssignment(application.Issue.Number, [.. current, .. added], added, missing) { Removed = left });
        }

        return assignments;
    }
}
