using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Issues;

/// <summary>
/// What a rule wants one issue to look like. Domain code returns plans; the gateway's applier diffs them against GitHub and
/// applies only the difference (or records it in dry-run).
/// </summary>
public sealed record IssuePlan(int IssueNumber)
{
    public IReadOnlyList<string> AddLabels { get; init; } = [];
    public IReadOnlyList<string> RemoveLabels { get; init; } = [];
    public IReadOnlyList<CommentUpsert> Comments { get; init; } = [];
    public IssueStateChange? State { get; init; }

    /// <summary>Those already assigned are not sent again.</summary>
    public IReadOnlyList<string> AddAssignees { get; init; } = [];

    /// <summary>Only those assigned are sent: a lead reviewer who left the Working Group, say.</summary>
    public IReadOnlyList<string> RemoveAssignees { get; init; } = [];

    /// <summary>Where the issue's board item belongs; null leaves the board alone.</summary>
    public BoardPlacement? Board { get; init; }

    /// <summary>Nothing to change on the issue itself (its board item aside).</summary>
    public bool LeavesIssue => AddLabels.Count == 0 && RemoveLabels.Count == 0 && Comments.Count == 0 && State is null && AddAssignees.Count == 0
        && RemoveAssignees.Count == 0;

    public bool IsEmpty => LeavesIssue && Board is null;

    /// <summary>
    /// Two plans for one issue as one, so each label is written once: a label <paramref name="other"/> adds is not removed,
    /// comments stay one per purpose (this plan's kept), <paramref name="other"/>'s state and board win where it has them.
    /// </summary>
    public IssuePlan With(IssuePlan other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with
        {
            AddLabels = [.. AddLabels.Union(other.AddLabels, LabelNames.Comparer)],
            RemoveLabels = [.. RemoveLabels.Union(other.RemoveLabels, LabelNames.Comparer).Except(other.AddLabels, LabelNames.Comparer)],
            Comments = [.. Comments, .. other.Comments.Where(c => Comments.All(mine => mine.Purpose != c.Purpose))],
            State = other.State ?? State,
            AddAssignees = [.. AddAssignees.Union(other.AddAssignees, Guardians.GitHubHandle.Comparer)],
            RemoveAssignees = [.. RemoveAssignees.Union(other.RemoveAssignees, Guardians.GitHubHandle.Comparer)],
            Board = other.Board ?? Board,
        };
    }
}

/// <summary>The automation's own comment for one purpose: created once, then edited in place.</summary>
public sealed record CommentUpsert(string Purpose, string Body)
{
    /// <summary>Only bring an existing comment up to date; never create one (e.g. a notice that is now past).</summary>
    public bool EditOnly { get; init; }

    /// <summary>The text as posted: the body with its purpose's marker as the first line, unless the body has that marker already.</summary>
    public string MarkedBody => HiddenMarker.PurposeOf(Body) == Purpose ? Body : HiddenMarker.Stamp(Purpose, Body);
}

public sealed record IssueStateChange(bool Open, string? StateReason = null);

/// <summary>Put the issue's board item in <paramref name="Column"/>, and set the session date field if one is configured.</summary>
public sealed record BoardPlacement(string Column, DateOnly? SessionDate = null)
{
    /// <summary>
    /// The one column of <see cref="BoardColumns"/> the application's state rules out: an item already in another column stays
    /// there, and one in this column moves to <see cref="Column"/>. Null: an item moves from any other column of the three.
    /// </summary>
    public string? OutOf { get; init; }

    /// <summary>
    /// The application moves on in this run (its labels or state change, it joins a batch): its item leaves a column of staff's
    /// own too. Otherwise an item staff keep in a column of their own (none of <see cref="BoardColumns"/>) stays there.
    /// </summary>
    public bool MovesOn { get; init; }

    /// <summary>
    /// When the application moved on to <see cref="Column"/>'s stage, by a record that outlives the run (the vote's close, its
    /// session comment): an item staff put in a column of their own before then moves as in that run (<see cref="MovesOn"/>),
    /// so a rerun completes a move that failed after the labels were written; one staff put there since stays.
    /// </summary>
    public DateTimeOffset? MovedOnAt { get; init; }
}
