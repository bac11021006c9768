using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Http;
using Ecosystem.GitHub.Identity;
using Ecosystem.GitHub.Models;

namespace Ecosystem.GitHub;

/// <summary>
/// The gateway every command uses, over the live or the dry-run one. Every failure comes out described
/// (<see cref="GitHubFailure"/>: which operation on which issue, GitHub's status and request id, and whether a rerun is
/// safe), and what it reads comes back with the automation's own comments, issues and label events spelt
/// <see cref="AutomationAccount.Login"/>, decided by account id, so the rules downstream compare logins and can never take
/// a person named like the bot for the automation.
/// </summary>
/// <remarks>
/// Comments are always recognised (the automation keeps its state in them). Issues and events ask GitHub who the
/// automation is only when one of them is by a Bot, or when that is already known: a run that reads one applicant's
/// issue costs no extra request. Every command that relies on an issue's author (agendas, periodic reviews) or an
/// event's actor (the label guard) asks who the automation is before it reads them.
/// </remarks>
public sealed class SessionGateway(IGitHubGateway inner) : IGitHubGateway
{
    private AutomationAccount? _known;

    public async Task<AutomationAccount> GetAutomationAsync() =>
        _known ??= await Read("read who the automation is (GraphQL viewer)", inner.GetAutomationAsync);

    public async Task<IssueSnapshot> GetIssueAsync(int issueNumber) =>
        (await RecogniseAsync([await Read($"read issue #{issueNumber}", () => inner.GetIssueAsync(issueNumber))]))[0];

    public async Task<IReadOnlyList<IssueSnapshot>> GetOpenIssuesAsync(string? label = null) =>
        await RecogniseAsync(await Read(
            label is null ? "list the open issues" : $"list the open issues labelled '{label}'", () => inner.GetOpenIssuesAsync(label)));

    public async Task<IReadOnlyList<IssueSnapshot>> GetIssuesAsync(IssueStateFilter state, IReadOnlyList<string> labels) =>
        await RecogniseAsync(await Read(
            $"list the issues ({state.ToString().ToLowerInvariant()}{(labels.Count == 0 ? string.Empty : ", labelled " + string.Join(", ", labels))})",
            () => inner.GetIssuesAsync(state, labels)));

    public async Task<IReadOnlyList<CommentSnapshot>> GetCommentsAsync(int issueNumber)
    {
        var comments = await Read($"read the comments of #{issueNumber}", () => inner.GetCommentsAsync(issueNumber));
        return (await GetAutomationAsync()).Recognise(comments);
    }

    public async Task<IReadOnlyList<IssueEventRecord>> GetIssueEventsAsync(int issueNumber)
    {
        var events = await Read($"read the events of #{issueNumber}", () => inner.GetIssueEventsAsync(issueNumber));
        if (_known is null && !events.Any(e => e.ActorIsBot))
        {
            return events;
        }

        var automation = await GetAutomationAsync();
        return [.. events.Select(e => automation.Did(e) ? e with { Actor = automation.Login, ActorIsBot = true } : e)];
    }

    /// <summary>As read: the status page, the one reader of histories, tells people from apps by account type.</summary>
    /// <summary>
    /// Issues and comments recognised by account id, as the REST reads are. A label event needs nothing: the reader spells
    /// an app's login as REST does (<c>name[bot]</c>), which no person can hold, so the automation's events already carry
    /// <see cref="AutomationAccount.Login"/>.
    /// </summary>
    public async Task<IReadOnlyList<IssueHistory>> GetIssueHistoriesAsync(IssueStateFilter state, IReadOnlyList<string>? anyOfLabels = null)
    {
        var histories = await Read(
            $"read the {state.ToString().ToLowerInvariant()} issues{(anyOfLabels is { Count: > 0 } ? " labelled " + string.Join(" or ", anyOfLabels) : string.Empty)} with their comments and label events",
            () => inner.GetIssueHistoriesAsync(state, anyOfLabels));
        var automation = await GetAutomationAsync();
        return [.. histories.Select(h => h with
        {
            Issue = automation.Recognise(h.Issue),
            Comments = automation.Recognise(h.Comments),
        })];
    }

    public async Task<IReadOnlyList<IssueSnapshot>> GetIssueSummariesAsync(IssueStateFilter state) =>
        await RecogniseAsync(await Read(
            $"list the {state.ToString().ToLowerInvariant()} issues' titles and bodies", () => inner.GetIssueSummariesAsync(state)));

    /// <summary>The comments as given (already recognised), with their edit histories.</summary>
    public Task<IReadOnlyList<CommentSnapshot>> WithEditHistoryAsync(IReadOnlyList<CommentSnapshot> comments) =>
        Read($"read the edit history of {comments.Count} comment(s)", () => inner.WithEditHistoryAsync(comments));

    public Task<bool> IsOrganizationMemberAsync(string organization, string login) =>
        Read($"check whether {login} is a member of {organization}", () => inner.IsOrganizationMemberAsync(organization, login));

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

    public Task AddAssigneesAsync(int issueNumber, IReadOnlyList<string> logins) =>
        GitHubFailure.DescribeAsync($"assign {string.Join(", ", logins)} to #{issueNumber}", true, () => inner.AddAssigneesAsync(issueNumber, logins));

    public Task AddLabelsAsync(int issueNumber, IReadOnlyList<string> labels) =>
        GitHubFailure.DescribeAsync($"add labels [{string.Join(", ", labels)}] to #{issueNumber}", true, () => inner.AddLabelsAsync(issueNumber, labels));

    public Task<bool> RemoveLabelAsync(int issueNumber, string label) =>
        Write($"remove label [{label}] from #{issueNumber}", () => inner.RemoveLabelAsync(issueNumber, label));

    public async Task<CommentSnapshot> CreateCommentAsync(int issueNumber, string body) =>
        (await GetAutomationAsync()).Recognise(await Write($"create a comment on #{issueNumber}", () => inner.CreateCommentAsync(issueNumber, body)));

    public async Task<CommentSnapshot> UpdateCommentAsync(int issueNumber, long commentId, string body) =>
        (await GetAutomationAsync()).Recognise(
            await Write($"edit comment {commentId} on #{issueNumber}", () => inner.UpdateCommentAsync(issueNumber, commentId, body)));

    public Task DeleteCommentAsync(int issueNumber, long commentId) =>
        GitHubFailure.DescribeAsync($"delete duplicate comment {commentId} on #{issueNumber}", true, () => inner.DeleteCommentAsync(issueNumber, commentId));

    public async Task<IssueSnapshot> CreateIssueAsync(IssueDraft issue) =>
        (await GetAutomationAsync()).Recognise(await Write($"create the issue \"{issue.Title}\"", () => inner.CreateIssueAsync(issue)));

    public async Task<IssueSnapshot> UpdateIssueAsync(int issueNumber, IssueEdit edit) =>
        (await GetAutomationAsync()).Recognise(
            await Write(WriteDescriptions.EditIssue(issueNumber, edit).Description, () => inner.UpdateIssueAsync(issueNumber, edit)));

    public Task<IReadOnlyList<BoardItem>> UpdateBoardAsync(ProjectBoard board, IReadOnlyList<BoardItemChange> moves) =>
        Write($"move {Issues([.. moves.Select(m => m.IssueNumber)])} on project \"{board.Title}\"", () => inner.UpdateBoardAsync(board, moves));

    private static Task<T> Read<T>(string operation, Func<Task<T>> request) => GitHubFailure.DescribeAsync(operation, false, request);

    private static Task<T> Write<T>(string operation, Func<Task<T>> request) => GitHubFailure.DescribeAsync(operation, true, request);

    private static string Issues(IReadOnlyList<int> numbers) =>
        numbers.Count <= 5 ? string.Join(", ", numbers.Select(n => "#" + n)) : $"{numbers.Count} issues";

    private async Task<IReadOnlyList<IssueSnapshot>> RecogniseAsync(IReadOnlyList<IssueSnapshot> issues)
    {
        if (_known is null && !issues.Any(i => i.AuthorIsBot))
        {
            return issues;
        }

        var automation = await GetAutomationAsync();
        return [.. issues.Select(automation.Recognise)];
    }
}
