using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Comments;
using Ecosystem.GitHub.Models;

namespace Ecosystem.GitHub.Plans;

/// <summary>
/// Makes one issue match an <see cref="IssuePlan"/>, writing only the difference from the state read
/// just before: labels compared case-insensitively (add the missing, remove the present), one comment
/// per purpose upserted, state changed only if different. Nothing differs, nothing is written.
/// </summary>
public sealed class IssuePlanApplier(IGitHubGateway gateway)
{
    private readonly CommentUpserter _comments = new(gateway);

    /// <summary>Applies <paramref name="plan"/> and returns the writes made, in order.</summary>
    public async Task<IReadOnlyList<PlannedWrite>> ApplyAsync(IssueSnapshot current, IReadOnlyList<CommentSnapshot> comments, IssuePlan plan)
    {
        if (plan.IssueNumber != current.Number)
        {
            throw new ArgumentException($"The plan is for #{plan.IssueNumber} but the issue read is #{current.Number}.", nameof(plan));
        }

        var contradiction = plan.AddLabels.Intersect(plan.RemoveLabels, StringComparer.OrdinalIgnoreCase).FirstOrDefault();
        if (contradiction is not null)
        {
            throw new ArgumentException($"The plan for #{plan.IssueNumber} both adds and removes label '{contradiction}'.", nameof(plan));
        }

        // Order matters when a run fails half-way: rules often pick an issue by the labels the plan removes (New,
        // Withdrawn) or by its being open. So comments go first, then labels added, then removed, and the state last (with
        // the labels, when both change):
        // until the write that takes the issue out of its rule's reach has gone through, a re-run plans the same and
        // completes the rest; comments are found by marker, so nothing is posted twice.
        var writes = new List<PlannedWrite>();
        foreach (var upsert in plan.Comments)
        {
            if (await _comments.UpsertAsync(current.Number, comments, upsert) is { } write)
            {
                writes.Add(write);
            }
        }

        var missing = plan.AddLabels.Where(l => !current.HasLabel(l)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // Removed by the name as it is on the issue, so a case difference in the plan still matches.
        var present = current.Labels.Where(l => plan.RemoveLabels.Contains(l, StringComparer.OrdinalIgnoreCase)).ToList();
        var stateChange = plan.State is { } wanted && wanted.Open != current.IsOpen ? wanted : null;
        var unassigned = plan.AddAssignees.Where(a => !current.Assignees.Contains(a, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        if (stateChange is not null && (missing.Count > 0 || present.Count > 0))
        {
            // Labels and state in one request: closing usually takes the issue out of its rule's reach, and so does
            // the label change (Waiting on comment → Too early); two writes could leave it half-done for good.
            var edit = new IssueEdit
            {
                State = stateChange,
                Labels = [.. current.Labels.Except(present, StringComparer.OrdinalIgnoreCase), .. missing],
                Assignees = unassigned.Count > 0 ? [.. current.Assignees, .. unassigned] : null,
            };
            await gateway.UpdateIssueAsync(current.Number, edit);
            writes.Add(WriteDescriptions.EditIssue(current.Number, edit));
            return writes;
        }

        if (missing.Count > 0)
        {
            await gateway.AddLabelsAsync(current.Number, missing);
            writes.Add(WriteDescriptions.AddLabels(current.Number, missing));
        }

        foreach (var label in present)
        {
            await gateway.RemoveLabelAsync(current.Number, label);
            writes.Add(WriteDescriptions.RemoveLabel(current.Number, label));
        }

        if (stateChange is not null)
        {
            var edit = new IssueEdit { State = stateChange };
            await gateway.UpdateIssueAsync(current.Number, edit);
            writes.Add(WriteDescriptions.EditIssue(current.Number, edit));
        }

        // Assignees last: they never take an issue out of a rule's reach, and the set sent keeps everyone assigned.
        if (unassigned.Count > 0)
        {
            var edit = new IssueEdit { Assignees = [.. current.Assignees, .. unassigned] };
            await gateway.UpdateIssueAsync(current.Number, edit);
            writes.Add(WriteDescriptions.EditIssue(current.Number, edit));
        }

        return writes;
    }
}
