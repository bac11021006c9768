namespace Ecosystem.Domain.Issues;

/// <summary>
/// What a rule wants one issue to look like: labels to add and remove, comments to upsert
/// (one per purpose), people to assign, and an optional state change. Domain code returns plans; the host
/// diffs them against GitHub and applies only the difference (or prints it in dry-run).
/// </summary>
public sealed record IssuePlan(int IssueNumber)
{
    public IReadOnlyList<string> AddLabels { get; init; } = [];
    public IReadOnlyList<string> RemoveLabels { get; init; } = [];
    public IReadOnlyList<CommentUpsert> Comments { get; init; } = [];
    public IssueStateChange? State { get; init; }

    /// <summary>Logins to add as assignees (those already assigned are not sent again; none is ever removed).</summary>
    public IReadOnlyList<string> AddAssignees { get; init; } = [];

    public bool IsEmpty => AddLabels.Count == 0 && RemoveLabels.Count == 0 && Comments.Count == 0 && State is null && AddAssignees.Count == 0;
}

/// <summary>The automation's own comment for one purpose: created once, then edited in place.</summary>
public sealed record CommentUpsert(string Purpose, string Body)
{
    /// <summary>Only bring an existing comment up to date; never create one (e.g. a notice that is now past).</summary>
    public bool EditOnly { get; init; }
}

/// <summary>Close (with a reason) or reopen an issue.</summary>
public sealed record IssueStateChange(bool Open, string? StateReason = null);
