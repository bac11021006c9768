using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.GitHub.GraphQL;
using Ecosystem.GitHub.Http;
using Ecosystem.GitHub.Identity;
using Ecosystem.GitHub.Models;
using Ecosystem.GitHub.Writes;
using Octokit;
using Octokit.Internal;
using RepositoryReference = Ecosystem.Domain.Intake.RepositoryReference;

namespace Ecosystem.GitHub;

/// <summary>
/// Octokit for REST, GraphQL through the same connection for what REST cannot do in one request. Every failure comes out
/// described (<see cref="GitHubFailure"/>); the automation's own comments, issues and label events come back spelt
/// <see cref="AutomationAccount.Login"/>, so rules downstream can compare logins. A dry run only records writes
/// (<see cref="PlannedWrites"/>), answering each as GitHub plausibly would.
/// </summary>
/// <remarks>
/// Issues and events ask who the automation is only when one of them is by a Bot, or when that is already known: a run
/// that reads one applicant's issue costs no extra request.
/// </remarks>
public sealed class GitHubGateway : IGitHubGateway, IDisposable
{
    /// <summary>Aliased fields per GraphQL request; GitHub limits a request's cost, not its field count.</summary>
    internal const int AliasesPerRequest = 25;

    /// <summary>GitHub does not load a CODEOWNERS file of 3 MB or more; neither do we.</summary>
    internal const int CodeOwnersByteLimit = 3 * 1024 * 1024;

    /// <summary>The aliases of the CODEOWNERS locations in the RepositoryFacts query, in GitHub's order of search.</summary>
    private static readonly string[] CodeOwnersLocations = ["codeownersInDotGitHub", "codeownersAtRoot", "codeownersInDocs"];

    private readonly ResilientOctokitHttpClient _http;
    private readonly GitHubClient _client;
    private readonly ApiConnection _api;
    private readonly GraphQLClient _graphql;
    private readonly IssueHistoryReader _issues;
    private readonly string _owner;
    private readonly string _repository;
    private readonly LostCreation _creates;
    private readonly TimeProvider? _dryRunClock;
    private readonly IReadOnlyList<string> _former;
    private readonly ConcurrentQueue<PlannedWrite> _planned = new();
    private AutomationAccount? _automation;

    public GitHubGateway(GitHubGatewayOptions options)
    {
        var transport = options.InnerHandler ?? new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All };
        _http = new ResilientOctokitHttpClient(GitHubRetryRules.Handler(transport, options));
        var connection = new Connection(
            new ProductHeaderValue(GitHubGatewayOptions.UserAgent),
            RestBaseAddress(options.ApiUrl),
            new InMemoryCredentialStore(new Credentials(options.Token)),
            _http,
            new SimpleJsonSerializer());
        _client = new GitHubClient(connection);
        _api = new ApiConnection(connection);
        _graphql = new GraphQLClient(connection, options.GraphQLUrl);
        _owner = options.Owner;
        _repository = options.Repository;
        _issues = new IssueHistoryReader(_graphql, _owner, _repository);
        _creates = new LostCreation(options);
        _dryRunClock = options.DryRunClock;
        _former = options.FormerAutomation;
    }

    /// <summary>
    /// The REST API where <c>GITHUB_API_URL</c> puts it: <c>https://api.github.com</c>, <c>https://api.SUBDOMAIN.ghe.com</c>
    /// or <c>https://HOST/api/v3</c>. Only a server's bare address gets <c>/api/v3/</c>: Octokit's own rule (in the
    /// <see cref="GitHubClient"/> constructor we bypass) gives it to any host but api.github.com, which ghe.com does not serve.
    /// </summary>
    private static Uri RestBaseAddress(Uri apiUrl) =>
        apiUrl.AbsolutePath.Trim('/').Length > 0 || apiUrl.Host.StartsWith("api.", StringComparison.OrdinalIgnoreCase)
            ? new Uri(apiUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/")
            : new Uri(apiUrl, "/api/v3/");

    private static ApiOptions AllPages => new() { PageSize = 100 };

    /// <summary>In a dry run, the writes a live run would have made, in order; empty when writes are sent.</summary>
    public IReadOnlyList<PlannedWrite> PlannedWrites => [.. _planned];

    public Task<AutomationAccount> GetAutomationAsync() => Read("read who the automation is (GraphQL viewer)", AutomationAsync);

    public async Task<IssueSnapshot> GetIssueAsync(int issueNumber) =>
        (await RecogniseAsync([await Read($"read issue #{issueNumber}", () => IssueAsync(issueNumber))]))[0];

    /// <summary>
    /// Issues and comments recognised by account id, as the REST reads are; label events by a former account's login alone
    /// (<see cref="AutomationAccount.Recognise(LabelEvent)"/>).
    /// </summary>
    public async Task<IReadOnlyList<IssueHistory>> GetIssueHistoriesAsync(IssueStateFilter state, IReadOnlyList<string>? anyOfLabels = null)
    {
        var histories = await Read(
            $"read the {state.ToString().ToLowerInvariant()} issues{(anyOfLabels is { Count: > 0 } ? " labelled " + string.Join(" or ", anyOfLabels) : string.Empty)} with their comments and label events",
            () => _issues.ReadAsync(state, anyOfLabels ?? []));
        var automation = await GetAutomationAsync();
        return [.. histories.Select(h => h with
        {
            Issue = automation.Recognise(h.Issue),
            Comments = automation.Recognise(h.Comments),
            LabelEvents = [.. h.LabelEvents.Select(automation.Recognise)],
        })];
    }

    public async Task<IReadOnlyList<IssueSnapshot>> GetIssuesAsync(IssueStateFilter state) =>
        await RecogniseAsync(await Read($"list the issues ({state.ToString().ToLowerInvariant()})", () => _issues.ReadSummariesAsync(state)));

    public async Task<IReadOnlyList<CommentSnapshot>> GetCommentsAsync(int issueNumber, DateTimeOffset? since = null)
    {
        var comments = await Read($"read the comments of #{issueNumber}", () => CommentsAsync(issueNumber, since));
        return (await GetAutomationAsync()).Recognise(comments);
    }

    public Task<IReadOnlyList<CommentSnapshot>> WithEditHistoryAsync(IReadOnlyList<CommentSnapshot> comments) =>
        Read<IReadOnlyList<CommentSnapshot>>($"read the edit history of {Counted.Of(comments.Count, "comment")}", async () =>
        {
            var edits = new Dictionary<string, IReadOnlyList<CommentEdit>>(StringComparer.Ordinal);
            var nodeIds = comments.Where(c => c.IsEdited).Select(c => c.NodeId).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal);
            foreach (var (nodeId, comment) in await AliasedAsync("comment edit history", nodeIds, GraphQLDocuments.CommentEdits, "c"))
            {
                if (comment?.Object("userContentEdits") is { } history)
                {
                    edits[nodeId] = [.. history.GetProperty("nodes").EnumerateArray().Select(ToEdit)];
                }
            }

            return [.. comments.Select(c => edits.TryGetValue(c.NodeId, out var history) ? c with { Edits = history } : c)];
        });

    public async Task<IReadOnlyList<LabelEvent>> GetLabelEventsAsync(int issueNumber)
    {
        var events = (await EventsAsync(issueNumber)).Where(e => e.Label is not null && e.Event.StringValue is "labeled" or "unlabeled").ToList();
        var automation = await AutomationIfAnyBotAsync(events.Select(e => (e.Actor?.Login ?? string.Empty, e.Actor?.Type == AccountType.Bot)));
        return [.. events.Select(e =>
        {
            var login = e.Actor?.Login ?? string.Empty;
            var actor = automation?.Is(e.Actor?.Id ?? 0, login, e.Actor?.Type == AccountType.Bot) == true ? automation.Login : login;
            return new LabelEvent(e.Label.Name, e.Event.StringValue == "labeled", actor, e.CreatedAt);
        })];
    }

    public async Task<IReadOnlyList<StateEvent>> GetStateEventsAsync(int issueNumber) =>
        [.. (await EventsAsync(issueNumber)).Where(e => e.Event.StringValue is "closed" or "reopened")
            .Select(e => new StateEvent(e.Event.StringValue == "closed", e.CreatedAt))];

    public Task<IReadOnlyList<string>> GetTeamMembersAsync(string organization, string teamSlug) =>
        Read<IReadOnlyList<string>>($"read the members of team {organization}/{teamSlug}", async () =>
        {
            // Not Octokit's team methods: they use the deprecated /teams/{team_id} routes.
            var url = new Uri($"orgs/{Uri.EscapeDataString(organization)}/teams/{Uri.EscapeDataString(teamSlug)}/members", UriKind.Relative);
            var members = await _api.GetAll<User>(url, AllPages);
            return members.Select(m => m.Login).ToList();
        });

    public Task<bool> IsOrganizationMemberAsync(string organization, string login) =>
        Read($"check whether {login} is a member of {organization}", () => _client.Organization.Member.CheckMember(organization, login));

    public Task<IReadOnlySet<string>> GetExistingLoginsAsync(IReadOnlyCollection<string> logins) =>
        Read<IReadOnlySet<string>>($"look up {Counted.Of(logins.Count, "login")}", async () =>
            (await AliasedAsync("users", logins.Distinct(GitHubHandle.Comparer), GraphQLDocuments.UsersExist, "u"))
                .Where(answer => answer.Found is not null)
                .Select(answer => answer.Item)
                .ToHashSet(GitHubHandle.Comparer));

    public Task<RepositoryFacts> GetRepositoryFactsAsync(string owner, string name, DateTimeOffset commitsSince) =>
        Read($"read repository {owner}/{name}", async () =>
        {
            var variables = new Dictionary<string, object?>
            {
                ["owner"] = owner,
                ["name"] = name,
                ["since"] = SessionText.Timestamp(commitsSince),
                ["cursor"] = null,
            };
            var data = await _graphql.SendAsync(
                $"repository {owner}/{name}", GraphQLDocuments.Fixed("RepositoryFacts"), variables, IsNotFoundAt("repository"));
            var repo = data.GetProperty("repository");
            // A private repository is none the public can see and judge, whatever the token may read.
            if (repo.ValueKind != JsonValueKind.Object || repo.GetProperty("isPrivate").ValueKind != JsonValueKind.False)
            {
                return RepositoryFacts.Missing(new RepositoryReference(owner, name));
            }

            var history = History(repo);
            List<string> authors = history is null
                ? []
                : await _graphql.NodesAsync(history, $"commit history of {owner}/{name}", GraphQLDocuments.Fixed("CommitHistory"), variables, data => History(data.GetProperty("repository")))
                    .Select(Author).OfType<string>().Where(who => who.Length > 0).Distinct(GitHubHandle.Comparer).ToListAsync();

            // Where the repository is now: GitHub follows a rename or transfer from the name asked.
            var repository = RepositoryReference.Read(repo.String("nameWithOwner")) ?? new RepositoryReference(owner, name);
            return Layout(repository, repo) with
            {
                IsArchived = repo.GetProperty("isArchived").GetBoolean(),
                IsFork = repo.GetProperty("isFork").GetBoolean(),
                Stars = repo.GetProperty("stargazerCount").GetInt32(),
                LicenseSpdxId = repo.Object("licenseInfo")?.String("spdxId"),
                CommitsInWindow = history?.GetProperty("totalCount").GetInt32() ?? 0,
                ActiveContributorLogins = authors,
                WorkflowEntries = TreeEntries(repo, "workflows"),
                CodeownersText = CodeOwners(repo),
                // GitHub shows no default from a private .github repository, even where the token may read it.
                OwnerDefaults = repo.Object("owner")?.Object("defaults") is { } defaults
                    && defaults.GetProperty("isPrivate").ValueKind == JsonValueKind.False
                    ? Layout(repository with { Name = ".github" }, defaults)
                    : null,
            };
        });

    public Task<ProjectBoard> GetBoardAsync(string ownerLogin, int projectNumber, string statusFieldName, string dateFieldName) =>
        Read($"read project #{projectNumber} of {ownerLogin}", async () =>
        {
            var variables = new Dictionary<string, object?> { ["login"] = ownerLogin, ["number"] = projectNumber, ["statusField"] = statusFieldName, ["dateField"] = dateFieldName };
            var data = await _graphql.SendAsync(
                $"project #{projectNumber} of {ownerLogin}", GraphQLDocuments.Fixed("ProjectBoard"), variables, IsNotFoundAt("repositoryOwner"));
            // GitHub answers a login that is no user or organization with a null owner and no error.
            var owner = data.Object("repositoryOwner")
                ?? throw new GitHubGraphQLException(
                    $"There is no organization or user '{ownerLogin}' on GitHub; check the board owner in the configuration.");
            var project = owner.Object("projectV2")
                ?? throw new GitHubGraphQLException($"{ownerLogin} has no project #{projectNumber} visible to the automation's token; "
                    + "check board.owner and board.number, and that the token may read the owner's projects "
                    + "(see the README, \"Tokens and permissions\").");
            var status = project.Object("field") is { } field && field.TryGetProperty("options", out var options)
                ? field
                : throw new GitHubGraphQLException(
                    $"board.status-field: project #{projectNumber} of {ownerLogin} has no single-select field named '{statusFieldName}'; "
                    + "name the one holding its columns.");
            var dateField = project.Object("dateField") is { } date && date.String("dataType") == "DATE" ? date.String("id") : null;

            return new ProjectBoard(
                project.String("id")!,
                project.String("title") ?? string.Empty,
                status.String("id")!,
                options.EnumerateArray().Select(o => new BoardOption(o.String("id")!, o.String("name")!)).ToList(),
                dateField)
            {
                StatusFieldName = statusFieldName,
                DateFieldName = dateField is null ? string.Empty : dateFieldName,
            };
        });

    public Task<IReadOnlyList<BoardItem>> GetBoardItemsAsync(ProjectBoard board, IReadOnlyList<int> issueNumbers) =>
        Read<IReadOnlyList<BoardItem>>($"read the board items of {Issues(issueNumbers)}", async () =>
        {
            var items = new List<BoardItem>();
            var withDate = board.DateFieldName.Length > 0;
            var variables = new Dictionary<string, object?>
            {
                ["owner"] = _owner, ["name"] = _repository, ["statusField"] = board.StatusFieldName, ["cursor"] = null,
            };
            if (withDate)
            {
                variables["dateField"] = board.DateFieldName;
            }

            foreach (var chunk in issueNumbers.Distinct().Chunk(AliasesPerRequest))
            {
                var data = await _graphql.SendAsync("board items", GraphQLDocuments.BoardItems(chunk, withDate), variables, e => e.IsNotFound && e.Path.Count > 1);
                var repo = data.GetProperty("repository");
                foreach (var number in chunk)
                {
                    if (repo.Object($"i{number}") is not { } issue)
                    {
                        continue;
                    }

                    // An issue on more projects than a page holds is paged further on its own, until this board's item.
                    var onBoard = await _graphql.NodesAsync(
                            issue.GetProperty("projectItems"), $"board items of #{number}", GraphQLDocuments.BoardItems([number], withDate),
                            new(variables), data => data.GetProperty("repository").Object($"i{number}")?.GetProperty("projectItems"))
                        .FirstOrDefaultAsync(n => n.Object("project")?.String("id") == board.Id);
                    var item = onBoard.ValueKind == JsonValueKind.Object ? onBoard : (JsonElement?)null;
                    items.Add(new BoardItem(
                        number,
                        issue.String("id")!,
                        item?.String("id"),
                        item?.Object("fieldValueByName")?.String("name"),
                        item?.Object("sessionDate")?.String("date") is { } day && ReviewCalendarSettings.TryReadDate(day, out var parsed, out _)
                            ? parsed
                            : null,
                        item?.GetProperty("isArchived").GetBoolean() ?? false)
                    {
                        StatusSetAt = item?.Object("fieldValueByName") is { } status && status.TryGetProperty("updatedAt", out var set)
                            ? set.GetDateTimeOffset()
                            : null,
                    });
                }
            }

            return items;
        });

    // The documented object form {"labels": [...]}; Octokit's AddToIssue sends a bare array.
    public Task AddLabelsAsync(int issueNumber, IReadOnlyList<string> labels) =>
        WriteAsync(PlannedWrite.AddLabels(issueNumber, labels), () => _api.Post<IReadOnlyList<Label>>(IssueUrl(issueNumber, "/labels"), Members(("labels", labels.ToArray()))));

    public Task RemoveLabelAsync(int issueNumber, string label) =>
        WriteAsync(PlannedWrite.RemoveLabel(issueNumber, label), () => UnlessGoneAsync(_api.Delete(IssueUrl(issueNumber, "/labels/" + Uri.EscapeDataString(label)))));

    public Task<IReadOnlyList<string>> AddAssigneesAsync(int issueNumber, IReadOnlyList<string> logins) =>
        WriteAsync<IReadOnlyList<string>>(
            [PlannedWrite.AddAssignees(issueNumber, logins)],
            async () =>
            {
                var issue = await _api.Post<Issue>(IssueUrl(issueNumber, "/assignees"), Members(("assignees", logins.ToArray())));
                return [.. logins.Where(l => (issue.Assignees ?? []).Any(a => GitHubHandle.Same(a.Login, l)))];
            },
            _ => Task.FromResult(logins));

    public Task RemoveAssigneesAsync(int issueNumber, IReadOnlyList<string> logins) =>
        WriteAsync(PlannedWrite.RemoveAssignees(issueNumber, logins),
            () => _api.Delete(IssueUrl(issueNumber, "/assignees"), Members(("assignees", logins.ToArray()))));

    public async Task<CommentSnapshot> CreateCommentAsync(int issueNumber, string body) =>
        (await GetAutomationAsync()).Recognise(await WriteAsync(
            [PlannedWrite.CreateComment(issueNumber, body)],
            () => _creates.CreateAsync(
                async () => ToSnapshot(await _client.Issue.Comment.Create(_owner, _repository, issueNumber, body)),
                async () =>
                {
                    var automation = await AutomationAsync();
                    return (await CommentsAsync(issueNumber)).FirstOrDefault(c => automation.Wrote(c) && LostCreation.SameComment(c.Body, body));
                }),
            clock => PretendCommentAsync(0, body, clock)));

    public Task DeleteCommentAsync(int issueNumber, long commentId) =>
        WriteAsync(PlannedWrite.DeleteComment(issueNumber, commentId), () => UnlessGoneAsync(_client.Issue.Comment.Delete(_owner, _repository, commentId)));

    public async Task<CommentSnapshot> UpdateCommentAsync(int issueNumber, long commentId, string body) =>
        (await GetAutomationAsync()).Recognise(await WriteAsync(
            [PlannedWrite.EditComment(issueNumber, commentId, body)],
            async () => ToSnapshot(await _client.Issue.Comment.Update(_owner, _repository, commentId, body)),
            clock => PretendCommentAsync(commentId, body, clock)));

    public async Task<IssueSnapshot> CreateIssueAsync(IssueDraft issue)
    {
        var automation = await GetAutomationAsync();
        var body = Members(("title", issue.Title), ("body", issue.Body), ("labels", issue.Labels.ToArray()), ("assignees", issue.Assignees.Count > 0 ? issue.Assignees.ToArray() : null));
        return automation.Recognise(await WriteAsync(
            [PlannedWrite.CreateIssue(issue)],
            () => _creates.CreateAsync(
                async () => ToSnapshot(await _api.Post<Issue>(new Uri($"repos/{_owner}/{_repository}/issues", UriKind.Relative), body)),
                async () => (await _issues.ReadSummariesAsync(IssueStateFilter.Open)).FirstOrDefault(i => automation.Opened(i) && LostCreation.SameIssue(i, issue))),
            clock => Task.FromResult(
                new IssueSnapshot(0, issue.Title, issue.Body, automation.Login, true, issue.Labels, clock.GetUtcNow(), null, "")
                {
                    Assignees = issue.Assignees,
                    AuthorId = automation.DatabaseId,
                    AuthorIsBot = true,
                })));
    }

    public async Task<IssueSnapshot> UpdateIssueAsync(int issueNumber, IssueEdit edit)
    {
        var automation = await GetAutomationAsync();
        // Only the members being changed are sent: Octokit's IssueUpdate would also send
        // "milestone": null and clear the issue's milestone.
        var body = Members(
            ("title", edit.Title),
            ("body", edit.Body),
            ("state", edit.State is { } state ? (state.Open ? "open" : "closed") : null),
            ("state_reason", edit.State?.StateReason));
        return automation.Recognise(await WriteAsync(
            [PlannedWrite.EditIssue(issueNumber, edit)],
            async () => ToSnapshot(await _api.Patch<Issue>(IssueUrl(issueNumber, string.Empty), body)),
            clock => PretendEditAsync(issueNumber, edit, clock)));
    }

    public Task<IReadOnlyList<BoardItem>> UpdateBoardAsync(ProjectBoard board, IReadOnlyList<BoardItem> moves) =>
        WriteAsync(
            [.. moves.Select(m => PlannedWrite.MoveOnBoard(board, m))],
            () => MoveOnBoardAsync(board, moves),
            _ => Task.FromResult<IReadOnlyList<BoardItem>>([.. moves.Select(m => m with { ItemId = m.ItemId ?? $"dry-run-item-{m.IssueNumber}" })]));

    public void Dispose() => _http.Dispose();

    private static Task<T> Read<T>(string operation, Func<Task<T>> request) => GitHubFailure.DescribeAsync(operation, false, request);

    /// <summary>Sends writes, described when they fail; in a dry run records them and answers with <paramref name="pretend"/>.</summary>
    private async Task<T> WriteAsync<T>(IReadOnlyList<PlannedWrite> writes, Func<Task<T>> send, Func<TimeProvider, Task<T>> pretend)
    {
        if (_dryRunClock is null)
        {
            return await GitHubFailure.DescribeAsync(string.Join("; ", writes), true, send);
        }

        foreach (var write in writes)
        {
            _planned.Enqueue(write);
        }

        return await pretend(_dryRunClock);
    }

    private Task WriteAsync(PlannedWrite write, Func<Task> send) =>
        WriteAsync(
            [write],
            async () =>
            {
                await send();
                return true;
            },
            _ => Task.FromResult(true));

    private static async Task UnlessGoneAsync(Task delete)
    {
        try
        {
            await delete;
        }
        catch (NotFoundException)
        {
            // Already gone: someone removed the label, or a concurrent run the same duplicate comment, first. What we wanted.
        }
    }

    private async Task<CommentSnapshot> PretendCommentAsync(long commentId, string body, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var automation = await GetAutomationAsync();
        return new CommentSnapshot(commentId, automation.Login, true, body, now, now, string.Empty) { AuthorId = automation.DatabaseId };
    }

    private async Task<IssueSnapshot> PretendEditAsync(int issueNumber, IssueEdit edit, TimeProvider clock)
    {
        var current = await IssueAsync(issueNumber);
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

    private async Task<IReadOnlyList<IssueSnapshot>> RecogniseAsync(IReadOnlyList<IssueSnapshot> issues) =>
        await AutomationIfAnyBotAsync(issues.Select(i => (i.Author, i.AuthorIsBot))) is { } automation
            ? [.. issues.Select(automation.Recognise)]
            : issues;

    private async Task<AutomationAccount?> AutomationIfAnyBotAsync(IEnumerable<(string Login, bool IsBot)> authors) =>
        _automation is null && !authors.Any(a => a.IsBot || AutomationAccount.WasFormerly(_former, a.Login)) ? null : await GetAutomationAsync();

    /// <summary>
    /// The automation's account, read once. The reads below it are not described: inside a create's search for what it
    /// may have made (<see cref="LostCreation"/>), a failure is the create's, which may or may not have been applied.
    /// </summary>
    private async Task<AutomationAccount> AutomationAsync()
    {
        if (_automation is null)
        {
            var data = await _graphql.SendAsync("viewer", GraphQLDocuments.Fixed("Viewer"));
            var viewer = data.GetProperty("viewer");
            var login = viewer.String("login") ?? throw new GitHubGraphQLException("GitHub GraphQL viewer answered without a login.");
            _automation = AutomationAccount.FromViewer(login, viewer.Int64("databaseId"), _former);
        }

        return _automation;
    }

    /// <summary>
    /// The issue, refused when it was transferred out: GitHub answers with a redirect to its new home, which Octokit follows, and
    /// a write here by the number it has there would land on another issue.
    /// </summary>
    private async Task<IssueSnapshot> IssueAsync(int issueNumber)
    {
        var issue = await _client.Issue.Get(_owner, _repository, issueNumber);
        var here = $"/repos/{_owner}/{_repository}/issues/{issueNumber}";
        return issue.Number == issueNumber && (string.IsNullOrEmpty(issue.Url) || issue.Url.EndsWith(here, StringComparison.OrdinalIgnoreCase))
            ? ToSnapshot(issue)
            : throw new GitHubRequestException($"Issue #{issueNumber} of {_owner}/{_repository} was transferred to {issue.HtmlUrl}: "
                + "nothing is done on it here, and a rerun does the same.");
    }

    private async Task<IReadOnlyList<CommentSnapshot>> CommentsAsync(int issueNumber, DateTimeOffset? since = null) =>
        (since is { } from
            ? await _api.GetAll<IssueComment>(
                IssueUrl(issueNumber, "/comments"), new Dictionary<string, string> { ["since"] = SessionText.Timestamp(from) }, AllPages)
            : await _client.Issue.Comment.GetAllForIssue(_owner, _repository, issueNumber, AllPages)).Select(ToSnapshot).ToList();

    /// <summary>One aliased field per item (<paramref name="alias"/> and its index); null where GitHub does not know the item.</summary>
    private async Task<List<(T Item, JsonElement? Found)>> AliasedAsync<T>(
        string operation, IEnumerable<T> items, Func<IReadOnlyList<T>, string> document, string alias)
    {
        var answers = new List<(T, JsonElement?)>();
        foreach (var chunk in items.Chunk(AliasesPerRequest))
        {
            var data = await _graphql.SendAsync(operation, document(chunk), tolerate: e => e.IsNotFound);
            answers.AddRange(chunk.Select((item, i) => (item, data.Object(alias + i.ToString(CultureInfo.InvariantCulture)))));
        }

        return answers;
    }

    private async Task<IReadOnlyList<BoardItem>> MoveOnBoardAsync(ProjectBoard board, IReadOnlyList<BoardItem> moves)
    {
        var itemIds = new Dictionary<int, string>();
        foreach (var move in moves)
        {
            if (move.ItemId is { } itemId)
            {
                itemIds[move.IssueNumber] = itemId;
            }
        }

        // An issue or item GitHub no longer finds (deleted since the read) fails its own field of a batch, and GitHub makes the
        // others: that move comes back with what GitHub said, and the others go on.
        var refused = new Dictionary<int, string>();
        static bool Gone(GraphQLError e) => e.IsNotFound && e.Path.Count == 1;

        // An archived item is brought back before its fields are set, as GitHub refuses to set them; with the adds, in one request.
        foreach (var chunk in moves.Where(m => m.ItemId is null || m.Archived).Chunk(AliasesPerRequest))
        {
            var document = GraphQLDocuments.AddItems(board.Id, [.. chunk.Select(m => (m.IssueNodeId, m.ItemId))]);
            var (data, gone) = await _graphql.AnswerAsync("add to board", document, null, Gone);
            for (var i = 0; i < chunk.Length; i++)
            {
                var alias = chunk[i].ItemId is null ? $"a{i}" : $"u{i}";
                if (gone.FirstOrDefault(e => e.Path[0] == alias) is { } error)
                {
                    refused[chunk[i].IssueNumber] = error.Message;
                    continue;
                }

                itemIds[chunk[i].IssueNumber] = data.GetProperty(alias).GetProperty("item").GetProperty("id").GetString()!;
            }
        }

        var changes = new List<(int IssueNumber, FieldValueChange Change)>();
        foreach (var move in moves.Where(m => !refused.ContainsKey(m.IssueNumber)))
        {
            var itemId = itemIds[move.IssueNumber];
            if (move.Status is not null)
            {
                var option = board.FindStatus(move.Status)
                    ?? throw new ArgumentException(
                        $"Board \"{board.Title}\" has no Status option '{move.Status}' "
                        + $"(options: {string.Join(", ", board.StatusOptions.Select(o => o.Name))}); needed for #{move.IssueNumber}.",
                        nameof(moves));
                changes.Add((move.IssueNumber, new FieldValueChange(itemId, board.StatusFieldId, option.Id, null)));
            }

            if (move.Date is not null)
            {
                var fieldId = board.DateFieldId ?? throw new ArgumentException(
                    $"Board \"{board.Title}\" has no date field; cannot set the date of #{move.IssueNumber}.", nameof(moves));
                changes.Add((move.IssueNumber, new FieldValueChange(itemId, fieldId, null, move.Date)));
            }
        }

        foreach (var chunk in changes.Chunk(AliasesPerRequest))
        {
            var document = GraphQLDocuments.SetFieldValues(board.Id, [.. chunk.Select(c => c.Change)]);
            var (_, gone) = await _graphql.AnswerAsync("set board fields", document, null, Gone);
            foreach (var error in gone)
            {
                // The alias is s{i} or d{i}, i the change's place in the chunk.
                refused.TryAdd(chunk[int.Parse(error.Path[0].AsSpan(1), CultureInfo.InvariantCulture)].IssueNumber, error.Message);
            }
        }

        return [.. moves.Select(m => m with
        {
            ItemId = itemIds.GetValueOrDefault(m.IssueNumber),
            Problem = refused.GetValueOrDefault(m.IssueNumber)
        })];
    }

    private static Dictionary<string, object> Members(params (string Name, object? Value)[] members) =>
        members.Where(m => m.Value is not null).ToDictionary(m => m.Name, m => m.Value!);

    private static Func<GraphQLError, bool> IsNotFoundAt(params string[] fields) =>
        e => e.IsNotFound && e.Path.Count > 0 && Array.IndexOf(fields, e.Path[0]) >= 0;

    private Uri IssueUrl(int issueNumber, string rest) =>
        new($"repos/{_owner}/{_repository}/issues/{issueNumber.ToString(CultureInfo.InvariantCulture)}{rest}", UriKind.Relative);

    private static JsonElement? History(JsonElement repository) =>
        repository.Object("defaultBranchRef")?.Object("target")?.Object("history");

    /// <summary>A commit's author: the GitHub login, else the email.</summary>
    private static string? Author(JsonElement commit) =>
        commit.Object("author") is { } author ? author.Object("user")?.String("login") ?? author.String("email") : null;

    private static RepositoryFacts Layout(RepositoryReference repository, JsonElement trees) => new()
    {
        Repository = repository,
        Exists = true,
        RootEntries = TreeEntries(trees, "root"),
        DotGithubEntries = TreeEntries(trees, "dotgithub"),
        DocsEntries = TreeEntries(trees, "docs"),
    };

    private static List<string> TreeEntries(JsonElement repository, string alias) =>
        repository.Object(alias) is { } tree && tree.TryGetProperty("entries", out var entries) && entries.ValueKind == JsonValueKind.Array
            ? entries.EnumerateArray().Select(e => e.String("name")!).ToList()
            : [];

    /// <summary>The text of the first CODEOWNERS file found; null when there is none, or GitHub would not load it (binary, too large).</summary>
    private static string? CodeOwners(JsonElement repository)
    {
        var file = CodeOwnersLocations
            .Select(alias => repository.Object(alias))
            .FirstOrDefault(blob => blob is { } b && b.TryGetProperty("byteSize", out _));
        return file is { } found && found.GetProperty("byteSize").GetInt32() < CodeOwnersByteLimit ? found.String("text") : null;
    }

    private async Task<IEnumerable<IssueEvent>> EventsAsync(int issueNumber) =>
        (await Read($"read the events of #{issueNumber}", () => _client.Issue.Events.GetAllForIssue(_owner, _repository, issueNumber, AllPages)))
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id);

    private static IssueSnapshot ToSnapshot(Issue issue) => new(
        issue.Number,
        issue.Title ?? string.Empty,
        issue.Body ?? string.Empty,
        issue.User?.Login ?? string.Empty,
        issue.State.Value == ItemState.Open,
        issue.Labels.Select(l => l.Name).ToList(),
        issue.CreatedAt,
        issue.ClosedAt,
        issue.HtmlUrl ?? string.Empty)
    {
        NodeId = issue.NodeId ?? string.Empty,
        Assignees = [.. (issue.Assignees ?? []).Select(a => a.Login)],
        AuthorId = issue.User?.Id ?? 0,
        AuthorIsBot = issue.User?.Type == AccountType.Bot,
        IsPullRequest = issue.PullRequest is not null,
        UpdatedAt = issue.UpdatedAt,
        IsLocked = issue.Locked,
        Reopened = issue.StateReason?.StringValue == "reopened",
    };

    private static CommentSnapshot ToSnapshot(IssueComment comment) => new(
        comment.Id,
        comment.User?.Login ?? string.Empty,
        comment.User?.Type == AccountType.Bot,
        comment.Body ?? string.Empty,
        comment.CreatedAt,
        comment.UpdatedAt ?? comment.CreatedAt,
        comment.HtmlUrl ?? string.Empty)
    {
        AuthorId = comment.User?.Id ?? 0,
        NodeId = comment.NodeId ?? string.Empty,
    };

    /// <summary>A <c>UserContentEdit</c>: its <c>diff</c> is the revision's whole text, null once deleted from the history.</summary>
    private static CommentEdit ToEdit(JsonElement edit) => new(
        edit.GetProperty("editedAt").GetDateTimeOffset(),
        edit.String("deletedAt") is null ? edit.String("diff") : null);
}
