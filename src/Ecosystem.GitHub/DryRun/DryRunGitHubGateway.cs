using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Identity;
using Ecosystem.GitHub.Models;

namespace Ecosystem.GitHub.DryRun;

/// <summary>
/// Reads from GitHub through the inner gateway, but only records writes (<see cref="PlannedWrites"/>)
/// and answers them with what GitHub would plausibly have returned; nothing is sent.
/// </summary>
public sealed class DryRunGitHubGateway(IGitHubGateway inner, TimeProvider time) : IGitHubGateway
{
    private readonly Lock _gate = new();
    private readonly List<PlannedWrite> _writes = [];

    /// <summary>The writes a live run would have made, in order.</summary>
    public IReadOnlyList<PlannedWrite> PlannedWrites
    {
        get
        {
            lock (_gate)
            {
                return [.. _writes];
            }
        }
    }

    public Task<AutomationAccount> GetAutomationAsync() => inner.GetAutomationAsync();

    public Task<IssueSnapshot> GetIssueAsync(int issueNumber) => inner.GetIssueAsync(issueNumber);

    public Task<IReadOnlyList<IssueSnapshot>> GetOpenIssuesAsync(string? label = null) => inner.GetOpenIssuesAsync(label);

    public Task<IReadOnlyList<IssueSnapshot>> GetIssuesAsync(IssueStateFilter state, IReadOnlyList<string> labels) => inner.GetIssuesAsync(state, labels);

    public Task<IReadOnlyList<IssueHistory>> GetIssueHistoriesAsync(IssueStateFilter state, IReadOnlyList<string>? anyOfLabels = null) =>
        inner.GetIssueHistoriesAsync(state, anyOfLabels);

    public Task<IReadOnlyList<IssueSnapshot>> GetIssueSummariesAsync(IssueStateFilter state) => inner.GetIssueSummariesAsync(state);

    public Task<IReadOnlyList<CommentSnapshot>> GetCommentsAsync(int issueNumber) => inner.GetCommentsAsync(issueNumber);

    public Task<IReadOnlyList<CommentSnapshot>> WithEditHistoryAsync(IReadOnlyList<CommentSnapshot> comments) => inner.WithEditHistoryAsync(comments);

    public Task<IReadOnlyList<IssueEventRecord>> GetIssueEventsAsync(int issueNumber) => inner.GetIssueEventsAsync(issueNumber);

    public Task<IReadOnlyList<string>> GetTeamMembersAsync(string organization, string teamSlug) => inner.GetTeamMembersAsync(organization, teamSlug);

    public Task<bool> IsOrganizationMemberAsync(string organization, string login) => inner.IsOrganizationMemberAsync(organization, login);

    public Task<IReadOnlySet<string>> GetExistingLoginsAsync(IReadOnlyCollection<string> logins) => inner.GetExistingLoginsAsync(logins);

    public Task<RepositoryFacts> GetRepositoryFactsAsync(string owner, string name, DateTimeOffset commitsSince) =>
        inner.GetRepositoryFactsAsync(owner, name, commitsSince);

    public Task<ProjectBoard> GetBoardAsync(string ownerLogin, int projectNumber, string statusFieldName, string dateFieldName) =>
        inner.GetBoardAsync(ownerLogin, projectNumber, statusFieldName, dateFieldName);

    public Task<IReadOnlyList<BoardItem>> GetBoardItemsAsync(ProjectBoard board, string statusFieldName, IReadOnlyList<int> issueNumbers) =>
        inner.GetBoardItemsAsync(board, statusFieldName, issueNumbers);

    public Task AddLabelsAsync(int issueNumber, IReadOnlyList<string> labels)
    {
        Record(WriteDescriptions.AddLabels(issueNumber, labels));
        return Task.CompletedTask;
    }

    public Task<bool> RemoveLabelAsync(int issueNumber, string label)
    {
        Record(WriteDescriptions.RemoveLabel(issueNumber, label));
        return Task.FromResult(true);
    }

    public Task AddAssigneesAsync(int issueNumber, IReadOnlyList<string> logins)
    {
        Record(WriteDescriptions.AddAssignees(issueNumber, logins));
        return Task.CompletedTask;
    }

    public async Task<CommentSnapshot> CreateCommentAsync(int issueNumber, string body)
    {
        Record(WriteDescriptions.CreateComment(issueNumber, body));
        var now = time.GetUtcNow();
        var automation = await inner.GetAutomationAsync();
        return new CommentSnapshot(0, automation.Login, true, body, now, now, string.Empty) { AuthorId = automation.DatabaseId };
    }

    public async Task<CommentSnapshot> UpdateCommentAsync(int issueNumber, long commentId, string body)
    {
        Record(WriteDescriptions.EditComment(issueNumber, commentId, body));
        var now = time.GetUtcNow();
        var automation = await inner.GetAutomationAsync();
        return new CommentSnapshot(commentId, automation.Login, true, body, now, now, string.Empty) { AuthorId = automation.DatabaseId };
    }

    public Task DeleteCommentAsync(int issueNumber, long commentId)
    {
        Record(WriteDescriptions.DeleteComment(issueNumber, commentId));
        return Task.CompletedTask;
    }

    public async Task<IssueSnapshot> CreateIssueAsync(IssueDraft issue)
    {
        Record(WriteDescriptions.CreateIssue(issue));
        var automation = await inner.GetAutomationAsync();
        return new IssueSnapshot(0, issue.Title, issue.Body, automation.Login, true, issue.Labels, time.GetUtcNow(), null, string.Empty)
        {
            Assignees = issue.Assignees,
            AuthorId = automation.DatabaseId,
            AuthorIsBot = true,
        };
    }

    public async Task<IssueSnapshot> UpdateIssueAsync(int issueNumber, IssueEdit edit)
    {
        Record(WriteDescriptions.EditIssue(issueNumber, edit));
        var current = await inner.GetIssueAsync(issueNumber);
        var open = edit.State?.Open ?? current.IsOpen;
        return current with
        {
            Title = edit.Title ?? current.Title,
            Body = edit.Body ?? current.Body,
            IsOpen = open,
            ClosedAt = open ? null : current.ClosedAt ?? time.GetUtcNow(),
        };
    }

    public Task<IReadOnlyList<BoardItem>> UpdateBoardAsync(ProjectBoard board, IReadOnlyList<BoardItemChange> moves)
    {
        foreach (var move in moves)
        {
            Record(WriteDescriptions.MoveOnBoard(board, move));
        }

        IReadOnlyList<BoardItem> items = [.. moves.Select(m => new BoardItem(m.IssueNumber, m.IssueNodeId, m.ItemId ?? $"dry-run-item-{m.IssueNumber}", m.Status))];
        return Task.FromResult(items);
    }

    private void Record(PlannedWrite write)
    {
        lock (_gate)
        {
            _writes.Add(write);
        }
    }
}
