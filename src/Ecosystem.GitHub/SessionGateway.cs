using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Http;
using Ecosystem.GitHub.Identity;
using Ecosystem.GitHub.Models;

namespace Ecosystem.GitHub;

/// <summary>
/// The gateway every command uses, over the live one. Every failure comes out described
/// (<see cref="GitHubFailure"/>: which operation on which issue, GitHub's status and request id, and whether a rerun is
/// safe), and what it reads comes back with the automation's own comments, issues and label events spelt
/// <see cref="AutomationAccount.Login"/>, decided by account id, so the rules downstream compare logins and can never take
/// a person named like the bot for the automation. In a dry run it reads as usual but only records writes
/// (<see cref="PlannedWrites"/>), answering each with what GitHub would plausibly have returned.
/// </summary>
/// <remarks>
/// Comments are always recognised (the automation keeps its state in them). Issues and events ask GitHub who the
/// automation is only when one of them is by a Bot, or when that is already known: a run that reads one applicant's
/// issue costs no extra request. Every command that relies on an issue's author (agendas, periodic reviews) or an
/// event's actor (the label guard) asks who the automation is before it reads them.
/// </remarks>
/// <param name="inner">The live gateway.</param>
/// <param name="dryRunClock">Set for a dry run: nothing is written, and the answers to writes are stamped with this clock.</param>
public sealed class SessionGateway(IGitHubGateway inner, TimeProvider? dryRunClock = null) : IGitHubGateway
{
    private readonly List<PlannedWrite> _planned = [];
    private AutomationAccount? _known;

    /// <summary>In a dry run, the writes a live run would have made, in order; empty when writes are sent.</summary>
    public IReadOnlyList<PlannedWrite> PlannedWrites
    {
        get
        {
            lock (_planned)
            {
                return [.. _planned];
            }
        }
    }

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
        WriteAsync(WriteDescriptions.AddAssignees(issueNumber, logins), () => inner.AddAssigneesAsync(issueNumber, logins));

    public Task AddLabelsAsync(int issueNumber, IReadOnlyList<string> labels) =>
        WriteAsync(WriteDescriptions.AddLabels(issueNumber, labels), () => inner.AddLabelsAsync(issueNumber, labels));

    public Task<bool> RemoveLabelAsync(int issueNumber, string label) =>
        WriteAsync(WriteDescriptions.RemoveLabel(issueNumber, label), () => inner.RemoveLabelAsync(issueNumber, label), _ => Task.FromResult(true));

    public async Task<CommentSnapshot> CreateCommentAsync(int issueNumber, string body) =>
        (await GetAutomationAsync()).Recognise(await WriteAsync(
            WriteDescriptions.CreateComment(issueNumber, body), () => inner.CreateCommentAsync(issueNumber, body), clock => PretendCommentAsync(0, body, clock)));

    public async Task<CommentSnapshot> UpdateCommentAsync(int issueNumber, long commentId, string body) =>
        (await GetAutomationAsync()).Recognise(await WriteAsync(
            WriteDescriptions.EditComment(issueNumber, commentId, body),
            () => inner.UpdateCommentAsync(issueNumber, commentId, body),
            clock => PretendCommentAsync(commentId, body, clock)));

    public Task DeleteCommentAsync(int issueNumber, long commentId) =>
        WriteAsync(WriteDescriptions.DeleteComment(issueNumber, commentId), () => inner.DeleteCommentAsync(issueNumber, commentId));

    public async Task<IssueSnapshot> CreateIssueAsync(IssueDraft issue) =>
        (await GetAutomationAsync()).Recognise(await WriteAsync(
            WriteDescriptions.CreateIssue(issue), () => inner.CreateIssueAsync(issue), clock => PretendIssueAsync(issue, clock)));

    public async Task<IssueSnapshot> UpdateIssueAsync(int issueNumber, IssueEdit edit) =>
        (await GetAutomationAsync()).Recognise(await WriteAsync(
            WriteDescriptions.EditIssue(issueNumber, edit), () => inner.UpdateIssueAsync(issueNumber, edit), clock => PretendEditAsync(issueNumber, edit, clock)));

    public async Task<IReadOnlyList<BoardItem>> UpdateBoardAsync(ProjectBoard board, IReadOnlyList<BoardItem> moves)
    {
        if (dryRunClock is null)
        {
            return await GitHubFailure.DescribeAsync(
                $"move {Issues([.. moves.Select(m => m.IssueNumber)])} on project \"{board.Title}\"", true, () => inner.UpdateBoardAsync(board, moves));
        }

        foreach (var move in moves)
        {
            Record(WriteDescriptions.MoveOnBoard(board, move));
        }

        return [.. moves.Select(m => m with { ItemId = m.ItemId ?? $"dry-run-item-{m.IssueNumber}" })];
    }

    private static Task<T> Read<T>(string operation, Func<Task<T>> request) => GitHubFailure.DescribeAsync(operation, false, request);

    /// <summary>Sends a write, described when it fails; in a dry run records it and answers with <paramref name="pretend"/>.</summary>
    private async Task<T> WriteAsync<T>(PlannedWrite write, Func<Task<T>> send, Func<TimeProvider, Task<T>> pretend)
    {
        if (dryRunClock is null)
        {
            return await GitHubFailure.DescribeAsync(write.Description, true, send);
        }

        Record(write);
        return await pretend(dryRunClock);
    }

    private Task WriteAsync(PlannedWrite write, Func<Task> send) =>
        WriteAsync(
            write,
            async () =>
            {
                await send();
                return true;
            },
            _ => Task.FromResult(true));

    private void Record(PlannedWrite write)
    {
        lock (_planned)
        {
            _planned.Add(write);
        }
    }

    private async Task<CommentSnapshot> PretendCommentAsync(long commentId, string body, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var automation = await GetAutomationAsync();
        return new CommentSnapshot(commentId, automation.Login, true, body, now, now, string.Empty) { AuthorId = automation.DatabaseId };
    }

    private async Task<IssueSnapshot> PretendIssueAsync(IssueDraft issue, TimeProvider clock)
    {
        var automation = await GetAutomationAsync();
        return new IssueSnapshot(0, issue.Title, issue.Body, automation.Login, true, issue.Labels, clock.GetUtcNow(), null, string.Empty)
        {
            Assignees = issue.Assignees,
            AuthorId = automation.DatabaseId,
            AuthorIsBot = true,
        };
    }

    private async Task<IssueSnapshot> PretendEditAsync(int issueNumber, IssueEdit edit, TimeProvider clock)
    {
        var current = await inner.GetIssueAsync(issueNumber);
        var open = edit.State?.Open ?? current.IsOpen;
        return current with
        {
            Title = edit.Title ?? current.Title,
            Body = edit.Body ?? current.Body,
            IsOpen = open,
            ClosedAt = open ? null : current.ClosedAt ?? clock.GetUtcNow(),
        };
    }

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
