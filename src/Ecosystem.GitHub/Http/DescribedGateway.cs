using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Identity;
using Ecosystem.GitHub.Models;

namespace Ecosystem.GitHub.Http;

/// <summary>
/// The gateway with every failure described (<see cref="GitHubFailure"/>): which operation on which issue, GitHub's
/// status and request id, and whether a rerun is safe. The one place where a request's failure gets its words.
/// </summary>
public sealed class DescribedGateway(IGitHubGateway inner) : IGitHubGateway
{
    public Task<AutomationAccount> GetAutomationAsync() =>
        Read("read who the automation is (GraphQL viewer)", inner.GetAutomationAsync);

    public Task<IssueSnapshot> GetIssueAsync(int issueNumber) =>
        Read($"read issue #{issueNumber}", () => inner.GetIssueAsync(issueNumber));

    public Task<IReadOnlyList<IssueSnapshot>> GetOpenIssuesAsync(string? label = null) =>
        Read(label is null ? "list the open issues" : $"list the open issues labelled '{label}'", () => inner.GetOpenIssuesAsync(label));

    public Task<IReadOnlyList<IssueSnapshot>> GetIssuesAsync(IssueStateFilter state, IReadOnlyList<string> labels) =>
        Read($"list the issues ({state.ToString().ToLowerInvariant()}{(labels.Count == 0 ? string.Empty : ", labelled " + string.Join(", ", labels))})", () => inner.GetIssuesAsync(state, labels));

    public Task<IReadOnlyList<CommentSnapshot>> GetCommentsAsync(int issueNumber) =>
        Read($"read the comments of #{issueNumber}", () => inner.GetCommentsAsync(issueNumber));

    public Task<IReadOnlyList<IssueEventRecord>> GetIssueEventsAsync(int issueNumber) =>
        Read($"read the events of #{issueNumber}", () => inner.GetIssueEventsAsync(issueNumber));

    public Task<IReadOnlyList<IssueHistory>> GetIssueHistoriesAsync(IssueStateFilter state, IReadOnlyList<string>? anyOfLabels = null) =>
        Read(
            $"read the {state.ToString().ToLowerInvariant()} issues{(anyOfLabels is { Count: > 0 } ? " labelled " + string.Join(" or ", anyOfLabels) : string.Empty)} with their comments and label events",
            () => inner.GetIssueHistoriesAsync(state, anyOfLabels));

    public Task<IReadOnlyList<IssueSnapshot>> GetIssueSummariesAsync(IssueStateFilter state) =>
        Read($"list the {state.ToString().ToLowerInvariant()} issues' titles and bodies", () => inner.GetIssueSummariesAsync(state));

    public Task<IReadOnlyList<CommentSnapshot>> WithEditHistoryAsync(IReadOnlyList<CommentSnapshot> comments) =>
        Read($"read the edit history of {comments.Count} comment(s)", () => inner.WithEditHistoryAsync(comments));

    public Task<bool> IsOrganizationMemberAsync(string organization, string login) =>
        Read($"check whether {login} is a member of {organization}", () => inner.IsOrganizationMemberAsync(organization, login));

    public Task AddAssigneesAsync(int issueNumber, IReadOnlyList<string> logins) =>
        GitHubFailure.DescribeAsync($"assign {string.Join(", ", logins)} to #{issueNumber}", true, () => inner.AddAssigneesAsync(issueNumber, logins));

    public Task<IReadOnlyList<string>> GetTeamMembersAsync(string organization, string teamSlug) =>
        Read($"read the members of team {organization}/{teamSlug}", () => inner.GetTeamMembersAsync(organization, teamSlug));

    public Task<IReadOnlySet<string>> GetExistingLoginsAsync(IReadOnlyCollection<string> logins) =>
        Read($"look up {logins.Count} login(s)", () => inner.GetExistingLoginsAsync(logins));

    public Task<RepositoryFacts> GetRepositoryFactsAsync(string owner, string name, DateTimeOffset commitsSince) =>
        Read($"read repository {owner}/{name}", () => inner.GetRepositoryFactsAsync(owner, name, commitsSince));

    public Task<ProjectBoard> GetBoardAsync(string ownerLogin, int projectNumber, string statusFieldName, string dateFieldName) =>
        Read($"read project #{projectNumber} of {ownerLogin}", () => inner.GetBoardAsync(ownerLogin, projectNumber, statusFieldName, dateFieldName));

    public Task<IReadOnlyList<BoardItem>> GetBoardItemsAsync(ProjectBoard board, string statusFieldName, IReadOnlyList<int> issueNumbers) =>
        Read($"read the board items of {Issues(issueNumbers)}", () => inner.GetBoardItemsAsync(board, statusFieldName, issueNumbers));

    public Task<RateLimitState> GetRateLimitAsync() => Read("read the rate limit", inner.GetRateLimitAsync);

    public Task AddLabelsAsync(int issueNumber, IReadOnlyList<string> labels) =>
        GitHubFailure.DescribeAsync($"add labels [{string.Join(", ", labels)}] to #{issueNumber}", true, () => inner.AddLabelsAsync(issueNumber, labels));

    public Task<bool> RemoveLabelAsync(int issueNumber, string label) =>
        Write($"remove label [{label}] from #{issueNumber}", () => inner.RemoveLabelAsync(issueNumber, label));

    public Task<CommentSnapshot> CreateCommentAsync(int issueNumber, string body) =>
        Write($"create a comment on #{issueNumber}", () => inner.CreateCommentAsync(issueNumber, body));

    public Task<CommentSnapshot> UpdateCommentAsync(int issueNumber, long commentId, string body) =>
        Write($"edit comment {commentId} on #{issueNumber}", () => inner.UpdateCommentAsync(issueNumber, commentId, body));

    public Task DeleteCommentAsync(int issueNumber, long commentId) =>
        GitHubFailure.DescribeAsync($"delete duplicate comment {commentId} on #{issueNumber}", true, () => inner.DeleteCommentAsync(issueNumber, commentId));

    public Task<IssueSnapshot> CreateIssueAsync(NewIssueRequest issue) =>
        Write($"create the issue \"{issue.Title}\"", () => inner.CreateIssueAsync(issue));

    public Task<IssueSnapshot> UpdateIssueAsync(int issueNumber, IssueEdit edit) =>
        Write(WriteDescriptions.EditIssue(issueNumber, edit).Description, () => inner.UpdateIssueAsync(issueNumber, edit));

    public Task<IReadOnlyList<BoardItem>> UpdateBoardAsync(ProjectBoard board, IReadOnlyList<BoardMove> moves) =>
        Write($"move {Issues([.. moves.Select(m => m.IssueNumber)])} on project \"{board.Title}\"", () => inner.UpdateBoardAsync(board, moves));

    private static Task<T> Read<T>(string operation, Func<Task<T>> request) => GitHubFailure.DescribeAsync(operation, false, request);

    private static Task<T> Write<T>(string operation, Func<Task<T>> request) => GitHubFailure.DescribeAsync(operation, true, request);

    private static string Issues(IReadOnlyList<int> numbers) =>
        numbers.Count <= 5 ? string.Join(", ", numbers.Select(n => "#" + n)) : $"{numbers.Count} issues";
}
