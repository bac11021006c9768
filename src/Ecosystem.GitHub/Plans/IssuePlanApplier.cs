using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Comments;
using Ecosystem.GitHub.Models;

namespace Ecosystem.GitHub.Plans;

/// <summary>
/// Makes one issue match an <see cref="IssuePlan"/>, writing only the difference from the state read
/// just before: labels compared case-insensitively (add the missing, remove the present), one comment
/// per purpose upserted, state changed only if different. Nothing differs, nothing is written. Whole issues the
/// automation keeps (agendas, periodic reviews) are written by <see cref="WriteIssueAsync"/> on the same rule.
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
        // Withdrawn) or by its being open. So comments go first, then labels added, then removed, and the state last:
        // until the write that takes the issue out of its rule's reach has gone through, a re-run plans the same and
        // completes the rest; comments are found by marker, so nothing is posted twice.
        // Labels change by name (POST adds, DELETE removes), never by sending the whole list: a PATCH with the list read
        // earlier would undo what another run (a guard reverting an outsider's label) did in between.
        var writes = new List<PlannedWrite>();
        // Assignees before anything else: the scheduler picks reviewers only for an application joining a batch, and
        // the comment that records the joining is what makes a re-run treat it as already scheduled.
        var unassigned = plan.AddAssignees.Where(a => !current.Assignees.Contains(a, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (unassigned.Count > 0)
        {
            await gateway.AddAssigneesAsync(current.Number, unassigned);
            writes.Add(WriteDescriptions.AddAssignees(current.Number, unassigned));
        }

        foreach (var upsert in plan.Comments)
        {
            writes.AddRange(await _comments.UpsertAsync(current.Number, comments, upsert));
        }

        var missing = plan.AddLabels.Where(l => !current.HasLabel(l)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // Removed by the name as it is on the issue, so a case difference in the plan still matches.
        var present = current.Labels.Where(l => plan.RemoveLabels.Contains(l, StringComparer.OrdinalIgnoreCase)).ToList();
        var stateChange = plan.State is { } wanted && wanted.Open != current.IsOpen ? wanted : null;
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

        return writes;
    }

    /// <summary>
    /// Makes <paramref name="current"/> read as <paramref name="wanted"/> (title, body, and its labels added), or opens it when
    /// there is none: one create, else at most one edit and one label write; texts compared by <see cref="SameText"/>.
    /// </summary>
    public async Task<(IssueSnapshot Issue, IReadOnlyList<PlannedWrite> Writes)> WriteIssueAsync(IssueSnapshot? current, NewIssueRequest wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        if (current is null)
        {
            return (await gateway.CreateIssueAsync(wanted), [WriteDescriptions.CreateIssue(wanted)]);
        }

        var writes = new List<PlannedWrite>();
        var edit = new IssueEdit
        {
            Title = SameText.As(current.Title, wanted.Title) ? null : wanted.Title,
            Body = SameText.As(current.Body, wanted.Body) ? null : wanted.Body,
        };
        if (!edit.IsEmpty)
        {
            await gateway.UpdateIssueAsync(current.Number, edit);
            writes.Add(WriteDescriptions.EditIssue(current.Number, edit));
        }

        var missing = wanted.Labels.Where(l => !current.HasLabel(l)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (missing.Count > 0)
        {
            await gateway.AddLabelsAsync(current.Number, missing);
            writes.Add(WriteDescriptions.AddLabels(current.Number, missing));
        }

        return (current, writes);
    }
}
