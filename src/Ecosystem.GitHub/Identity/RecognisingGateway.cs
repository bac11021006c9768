using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Models;

namespace Ecosystem.GitHub.Identity;

/// <summary>
/// The gateway every command uses: what it reads comes back with the automation's own comments, issues and label events
/// spelt <see cref="AutomationAccount.Login"/>, decided by account id (<see cref="AutomationAccount"/>), so the rules
/// downstream compare logins and can never take a person named like the bot for the automation.
/// </summary>
/// <remarks>
/// Comments are always recognised (the automation keeps its state in them). Issues and events ask GitHub who the
/// automation is only when one of them is by a Bot, or when that is already known: a run that reads one applicant's
/// issue costs no extra request. Every command that relies on an issue's author (agendas, periodic reviews) or an
/// event's actor (the label guard) asks who the automation is before it reads them.
/// </remarks>
public sealed class RecognisingGateway(IGitHubGateway inner) : IGitHubGateway
{
    private AutomationAccount? _known;

    public async Task<AutomationAccount> GetAutomationAsync() => _known ??= await inner.GetAutomationAsync();

    public async Task<IssueSnapshot> GetIssueAsync(int issueNumber) =>
        (await RecogniseAsync([await inner.GetIssueAsync(issueNumber)]))[0];

    public async Task<IReadOnlyList<IssueSnapshot>> GetOpenIssuesAsync(string? label = null) =>
        await RecogniseAsync(await inner.GetOpenIssuesAsync(label));

    public async Task<IReadOnlyList<IssueSnapshot>> GetIssuesAsync(IssueStateFilter state, IReadOnlyList<string> labels) =>
        await RecogniseAsync(await inner.GetIssuesAsync(state, labels));

    public async Task<IReadOnlyList<IssueSnapshot>> GetIssueSummariesAsync(IssueStateFilter state) =>
        await RecogniseAsync(await inner.GetIssueSummariesAsync(state));

    public async Task<IReadOnlyList<CommentSnapshot>> GetCommentsAsync(int issueNumber)
    {
        var comments = await inner.GetCommentsAsync(issueNumber);
        return (await GetAutomationAsync()).Recognise(comments);
    }

    public async Task<IReadOnlyList<IssueEventRecord>> GetIssueEventsAsync(int issueNumber)
    {
        var events = await inner.GetIssueEventsAsync(issueNumber);
        if (_known is null && !events.Any(e => e.ActorIsBot))
        {
            return events;
        }

        var automation = await GetAutomationAsync();
        return [.. events.Select(e => automation.Did(e) ? e with { Actor = automation.Login, ActorIsBot = true } : e)];
    }

    /// <summary>
    /// Issues and comments recognised by account id, as the REST reads are. A label event needs nothing: the reader spells
    /// an app's login as REST does (<c>name[bot]</c>), which no person can hold, so the automation's events already carry
    /// <see cref="AutomationAccount.Login"/>.
    /// </summary>
    public async Task<IReadOnlyList<IssueHistory>> GetIssueHistoriesAsync(IssueStateFilter state, IReadOnlyList<string>? anyOfLabels = null)
    {
        var histories = await inner.GetIssueHistoriesAsync(state, anyOfLabels);
        var automation = await GetAutomationAsync();
        return [.. histories.Select(h => h with
        {
            Issue = automation.Recognise(h.Issue),
            Comments = automation.Recognise(h.Comments),
        })];
    }

    /// <summary>The comments as given (already recognised), with their edit histories.</summary>
    public Task<IReadOnlyList<CommentSnapshot>> WithEditHistoryAsync(IReadOnlyList<CommentSnapshot> comments) => inner.WithEditHistoryAsync(comments);

    public Task<bool> IsOrganizationMemberAsync(string organization, string login) => inner.IsOrganizationMemberAsync(organization, login);

    public Task AddAssigneesAsync(int issueNumber, IReadOnlyList<string> logins) => inner.AddAssigneesAsync(issueNumber, logins);

    public Task<IReadOnlyList<string>> GetTeamMembersAsync(string organization, string teamSlug) => inner.GetTeamMembersAsync(organization, teamSlug);

    public Task<IReadOnlySet<string>> GetExistingLoginsAsync(IReadOnlyCollection<string> logins) => inner.GetExistingLoginsAsync(logins);

    public Task<RepositoryFacts> GetRepositoryFactsAsync(string owner, string name, DateTimeOffset commitsSince) =>
        inner.GetRepositoryFactsAsync(owner, name, commitsSince);

    public Task<ProjectBoard> GetBoardAsync(string ownerLogin, int projectNumber, string statusFieldName, string dateFieldName) =>
        inner.GetBoardAsync(ownerLogin, projectNumber, statusFieldName, dateFieldName);

    public Task<IReadOnlyList<BoardItem>> GetBoardItemsAsync(ProjectBoard board, string statusFieldName, IReadOnlyList<int> issueNumbers) =>
        inner.GetBoardItemsAsync(board, statusFieldName, issueNumbers);

    public Task<RateLimitState> GetRateLimitAsync() => inner.GetRateLimitAsync();

    public Task AddLabelsAsync(int issueNumber, IReadOnlyList<string> labels) => inner.AddLabelsAsync(issueNumber, labels);

    public Task<bool> RemoveLabelAsync(int issueNumber, string label) => inner.RemoveLabelAsync(issueNumber, label);

    public async Task<CommentSnapshot> CreateCommentAsync(int issueNumber, string body) =>
        (await GetAutomationAsync()).Recognise(await inner.CreateCommentAsync(issueNumber, body));

    public async Task<CommentSnapshot> UpdateCommentAsync(int issueNumber, long commentId, string body) =>
        (await GetAutomationAsync()).Recognise(await inner.UpdateCommentAsync(issueNumber, commentId, body));

    public Task DeleteCommentAsync(int issueNumber, long commentId) => inner.DeleteCommentAsync(issueNumber, commentId);

    public async Task<IssueSnapshot> CreateIssueAsync(NewIssueRequest issue) =>
        (await GetAutomationAsync()).Recognise(await inner.CreateIssueAsync(issue));

    public async Task<IssueSnapshot> UpdateIssueAsync(int issueNumber, IssueEdit edit) =>
        (await GetAutomationAsync()).Recognise(await inner.UpdateIssueAsync(issueNumber, edit));

    public Task<IReadOnlyList<BoardItem>> UpdateBoardAsync(ProjectBoard board, IReadOnlyList<BoardMove> moves) => inner.UpdateBoardAsync(board, moves);

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
