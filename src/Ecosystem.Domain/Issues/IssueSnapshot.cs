namespace Ecosystem.Domain.Issues;

/// <summary>An issue as read from GitHub at one moment; the input of every rule.</summary>
public sealed record IssueSnapshot(
    int Number,
    string Title,
    string Body,
    string Author,
    bool IsOpen,
    IReadOnlyList<string> Labels,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    string HtmlUrl)
{
    /// <summary>GitHub's global node id, needed to put the issue on a Projects v2 board; "" when unknown.</summary>
    public string NodeId { get; init; } = "";

    public IReadOnlyList<string> Assignees { get; init; } = [];

    /// <summary>The author's account id (REST <c>user.id</c>; 0 when unknown).</summary>
    public long AuthorId { get; init; }

    public bool AuthorIsBot { get; init; }

    /// <summary>GitHub serves pull requests on its issue routes too; a pull request is never an application.</summary>
    public bool IsPullRequest { get; init; }

    /// <summary>Whether the conversation is locked: only collaborators comment, so an applicant who is none cannot answer.</summary>
    public bool IsLocked { get; init; }

    /// <summary>Whether GitHub reports the issue reopened (its <c>state_reason</c>): closed once, when only its events say.</summary>
    public bool Reopened { get; init; }

    /// <summary>When anything on the issue last changed (a label change too); null when unknown.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    public bool HasLabel(string label) => Labels.Contains(label, LabelNames.Comparer);

    /// <summary>The issue once the applier has written <paramref name="plan"/>'s labels: the present removed, the missing added.</summary>
    public IssueSnapshot WithLabelsOf(IssuePlan plan) => this with
    {
        Labels = [.. Labels.Where(l => !plan.RemoveLabels.Contains(l, LabelNames.Comparer)),
            .. plan.AddLabels.Where(l => !HasLabel(l)).Distinct(LabelNames.Comparer)],
    };
}
