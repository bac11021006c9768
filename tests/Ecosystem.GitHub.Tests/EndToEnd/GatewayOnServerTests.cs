using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.GraphQL;
using Ecosystem.GitHub.Http;
using Ecosystem.GitHub.Models;
using Ecosystem.GitHub.Plans;
using Ecosystem.GitHub.Tests.Conformance;
using Ecosystem.GitHub.Tests.Fakes;
using Ecosystem.TestServer;
using Ecosystem.TestServer.Faults;
using Ecosystem.TestServer.State;

namespace Ecosystem.GitHub.Tests.EndToEnd;

/// <summary>
/// The gateway through real Octokit HTTP against the test GitHub server on loopback: the foundation's
/// acceptance points, counted from the server's request log.
/// </summary>
[TestClass]
public sealed class GatewayOnServerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private TestGitHubServer _server = null!;
    private Issue _issue = null!;
    private WaitingClock _clock = null!;

    public TestContext TestContext { get; set; } = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        var state = new GitHubState();
        var repository = state.AddRepository("pytorch-fdn", "ecosystem");
        _issue = repository.AddIssue("[Ecosystem] Widget", "### Contact emails\n\na@b.org", "alice", ["New"]);
        _server = new TestGitHubServer(state);
        await _server.StartAsync();
        _clock = new WaitingClock(DateTimeOffset.UtcNow);
    }

    [TestCleanup]
    public async Task StopAsync() => await _server.DisposeAsync();

    [TestMethod]
    public async Task Listing_250_comments_takes_exactly_3_requests_and_returns_all()
    {
        for (var i = 0; i < 250; i++)
        {
            _issue.AddComment("carol", $"comment {i}");
        }

        using var gateway = Gateway();
        var comments = await gateway.GetCommentsAsync(_issue.Number);

        Assert.HasCount(250, comments);
        CollectionAssert.AreEqual(Enumerable.Range(0, 250).Select(i => $"comment {i}").ToList(), comments.Select(c => c.Body).ToList());
        // Three pages, then who the automation is, to recognise its comments.
        Assert.HasCount(4, _server.Requests, string.Join('\n', _server.Requests));
        Assert.AreEqual(3, _server.Requests.Count(r => r.Path.EndsWith("/comments", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task A_502_then_200_is_retried_and_succeeds()
    {
        _server.Faults.Add("GET", "/repos/{owner}/{repo}/issues/{issue_number}", Fault.Status(502, "Bad Gateway"));

        using var gateway = Gateway();
        var issue = await gateway.GetIssueAsync(_issue.Number);

        Assert.AreEqual("[Ecosystem] Widget", issue.Title);
        CollectionAssert.AreEqual(new[] { 502, 200 }, _server.Requests.Select(r => r.Status).ToArray());
        Assert.HasCount(1, _clock.Waits, "one back-off before the retry");
    }

    [TestMethod]
    public async Task A_secondary_rate_limit_with_retry_after_1_is_waited_out_and_succeeds()
    {
        _server.Faults.Add("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", Fault.SecondaryRateLimit(1));

        // A held clock: the retry is sent only once the second GitHub asked for has passed on it, not before.
        _clock = new WaitingClock(DateTimeOffset.UtcNow, holdWaits: true);
        using var gateway = Gateway();
        var create = gateway.CreateCommentAsync(_issue.Number, "hello");
        await _clock.Waiting.WaitAsync(TimeSpan.FromSeconds(20));

        CollectionAssert.AreEqual(new[] { TimeSpan.FromSeconds(1) }, _clock.Waits.ToArray(), "the second GitHub asked for, once");
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Delay(50);
        Assert.IsFalse(create.IsCompleted, "no retry before the second has passed");
        Assert.HasCount(2, _server.Requests, "who the automation is, then the refused create: " + string.Join('\n', _server.Requests));
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await create.WaitAsync(TimeSpan.FromSeconds(20));

        CollectionAssert.AreEqual(new[] { 200, 403, 201 }, _server.Requests.Select(r => r.Status).ToArray(), "who the automation is, then the create");
        Assert.HasCount(1, _issue.Comments, "the comment is created once");
    }

    [TestMethod]
    public async Task A_429_without_retry_after_waits_at_least_a_minute()
    {
        _server.Faults.Add("GET", "/repos/{owner}/{repo}/issues/{issue_number}", Fault.TooManyRequests(retryAfterSeconds: null));

        using var gateway = Gateway();
        await gateway.GetIssueAsync(_issue.Number);

        Assert.HasCount(1, _clock.Waits);
        Assert.IsGreaterThanOrEqualTo(TimeSpan.FromSeconds(60), _clock.Waits[0]);
    }

    [TestMethod]
    public async Task A_primary_rate_limit_resetting_in_an_hour_fails_clearly()
    {
        var reset = DateTimeOffset.UtcNow.AddHours(1);
        _server.Faults.Add("GET", "/repos/{owner}/{repo}/issues/{issue_number}", FaultHits.Always, Fault.PrimaryRateLimit(reset));

        using var gateway = Gateway();
        var failure = await Assert.ThrowsExactlyAsync<GitHubRateLimitException>(() => gateway.GetIssueAsync(_issue.Number));

        StringAssert.Contains(failure.Message, "rate limit");
        Assert.HasCount(1, _server.Requests, "no retry against an exhausted primary limit");
        Assert.IsEmpty(_clock.Waits);
    }

    [TestMethod]
    public async Task Upserting_the_same_comment_twice_leaves_one_comment_edited_in_place()
    {
        using var gateway = Gateway();
        var upserter = new IssuePlanApplier(gateway);

        await upserter.UpsertCommentAsync(_issue.Number, await gateway.GetCommentsAsync(_issue.Number), new CommentUpsert("intake-report", "first"));
        var created = _issue.Comments.Single();
        await upserter.UpsertCommentAsync(_issue.Number, await gateway.GetCommentsAsync(_issue.Number), new CommentUpsert("intake-report", "second"));
        _server.ClearLog();
        var third = await upserter.UpsertCommentAsync(_issue.Number, await gateway.GetCommentsAsync(_issue.Number), new CommentUpsert("intake-report", "second"));

        var only = _issue.Comments.Single();
        Assert.AreEqual(created.Id, only.Id);
        StringAssert.EndsWith(only.Body, "second");
        Assert.IsEmpty(third, "an identical body is not written again");
        Assert.IsEmpty(_server.WriteRequests);
    }

    [TestMethod]
    public async Task A_marker_typed_by_a_user_is_not_trusted()
    {
        _issue.AddComment("mallory", "<!-- ecosystem-bot:intake-report -->\nforged");
        using var gateway = Gateway();

        await new IssuePlanApplier(gateway).UpsertCommentAsync(_issue.Number, await gateway.GetCommentsAsync(_issue.Number), new CommentUpsert("intake-report", "real"));

        Assert.HasCount(2, _issue.Comments);
        Assert.AreEqual("<!-- ecosystem-bot:intake-report -->\nforged", _issue.Comments[0].Body, "the user's comment is untouched");
    }

    [TestMethod]
    public async Task Dry_run_sends_no_write_and_records_the_planned_writes()
    {
        using var dryRun = new GitHubGateway(Options() with { DryRunClock = TimeProvider.System });
        var plan = new IssuePlan(_issue.Number)
        {
            AddLabels = ["Waiting on comment"],
            RemoveLabels = ["New"],
            Comments = [new CommentUpsert("intake-report", "report")],
        };

        var writes = await new IssuePlanApplier(dryRun).ApplyAsync(await dryRun.GetIssueAsync(_issue.Number), await dryRun.GetCommentsAsync(_issue.Number), plan);

        Assert.IsEmpty(_server.WriteRequests);
        Assert.HasCount(3, writes);
        Assert.HasCount(3, dryRun.PlannedWrites);
        CollectionAssert.AreEqual(new[] { "New" }, _issue.Labels.ToArray());
        Assert.IsEmpty(_issue.Comments);
    }

    [TestMethod]
    public async Task Every_GraphQL_document_the_gateway_sends_validates_against_GitHubs_schema()
    {
        var state = _server.State;
        state.AddUser("alice");
        var repository = state.AddRepository("acme", "widget").WithStars(300).WithLicense("MIT")
            .WithFiles("LICENSE", "README.md", ".github/workflows/ci.yml", "docs/CONTRIBUTING.md")
            .WithCommit(Now.AddDays(-3), "a@acme.org", "alice");
        state.AddOrganization("pytorch-fdn");
        var project = state.AddProject("pytorch-fdn", 6, "Ecosystem")
            .WithSingleSelectField("Status", "New", "In progress", "Done")
            .WithField("Session date", Ecosystem.TestServer.State.ProjectFieldType.Date);
        project.AddItem(_issue).WithValue("Status", "New").Archive();
        var second = state.Repository("pytorch-fdn", "ecosystem").AddIssue("[Ecosystem] Gadget", "body", "bob");

        using var gateway = Gateway();
        await gateway.GetAutomationAsync();
        await gateway.GetExistingLoginsAsync(["alice", "nobody-here"]);
        var facts = await gateway.GetRepositoryFactsAsync(repository.Owner, repository.Name, Now.AddDays(-90));
        await gateway.GetRepositoryFactsAsync("acme", "missing", Now.AddDays(-90));
        var board = await gateway.GetBoardAsync("pytorch-fdn", 6, "Status", "Session date");
        var items = await gateway.GetBoardItemsAsync(board, [_issue.Number, second.Number]);
        var secondIssue = await gateway.GetIssueAsync(second.Number);
        await gateway.UpdateBoardAsync(board,
        [
            items.Single(i => i.IssueNumber == _issue.Number) with { Status = "In progress", Date = new DateOnly(2026, 12, 8) },
            new BoardItem(second.Number, secondIssue.NodeId, null, "New", null),
        ]);

        Assert.IsTrue(facts.Exists);
        var moved = project.ItemFor(_issue)!;
        Assert.AreEqual(("In progress", false), (moved.ValueOf("Status"), moved.IsArchived), "brought back, then moved");
        Assert.AreEqual("New", project.ItemFor(second)!.ValueOf("Status"));
        Assert.IsGreaterThanOrEqualTo(7, _server.GraphQLDocuments.Count);
        await GraphQLSchemaCheck.AssertAllValidAsync(_server.GraphQLDocuments);
    }

    [TestMethod]
    public async Task An_issue_on_more_projects_than_a_page_holds_finds_its_item_and_column_on_our_board()
    {
        // Our board is the last of the issue's 121 projects: GitHub lists an issue's items 100 a page at most.
        var state = _server.State;
        state.AddOrganization("pytorch-fdn");
        for (var number = 100; number < 220; number++)
        {
            state.AddProject("pytorch-fdn", number, $"Other board {number}").WithSingleSelectField("Status", "Todo").AddItem(_issue).WithValue("Status", "Todo");
        }

        var project = state.AddProject("pytorch-fdn", 6, "Ecosystem").WithSingleSelectField("Status", "New", "In progress", "Done");
        var item = project.AddItem(_issue).WithValue("Status", "In progress");

        using var gateway = Gateway();
        var board = await gateway.GetBoardAsync("pytorch-fdn", 6, "Status", "");
        var items = await gateway.GetBoardItemsAsync(board, [_issue.Number]);

        Assert.AreEqual(new BoardItem(_issue.Number, _issue.NodeId, item.NodeId, "In progress"), items.Single() with { StatusSetAt = null });
        Assert.IsNotNull(items.Single().StatusSetAt, "when the column was set, as GitHub's updatedAt of the value says");
        Assert.HasCount(3, _server.Requests, string.Join('\n', _server.Requests));
        await GraphQLSchemaCheck.AssertAllValidAsync(_server.GraphQLDocuments);
    }

    [TestMethod]
    public async Task A_board_owned_by_a_user_is_read_in_one_query()
    {
        _server.State.AddProject("alice", 1, "Alice's board").WithSingleSelectField("Status", "Todo", "Done");

        using var gateway = Gateway();
        var board = await gateway.GetBoardAsync("alice", 1, "Status", "");

        Assert.AreEqual("Alice's board", board.Title);
        CollectionAssert.AreEqual(new[] { "Todo", "Done" }, board.StatusOptions.Select(o => o.Name).ToArray());
        Assert.HasCount(1, _server.Requests, string.Join('\n', _server.Requests));
    }

    [TestMethod]
    public async Task A_missing_board_owner_or_board_is_a_clear_error_after_one_query_each()
    {
        using var gateway = Gateway();
        var noOwner = await Assert.ThrowsAsync<GitHubGraphQLException>(() => gateway.GetBoardAsync("nobody-here", 1, "Status", ""));
        var noBoard = await Assert.ThrowsAsync<GitHubGraphQLException>(() => gateway.GetBoardAsync("alice", 1, "Status", ""));

        Assert.AreEqual("There is no organization or user 'nobody-here' on GitHub; check the board owner in the configuration.", noOwner.Message);
        Assert.AreEqual("alice has no project #1 visible to the automation's token; check board.owner and board.number, and that the token may "
            + "read the owner's projects (see the README, \"Tokens and permissions\").", noBoard.Message);
        Assert.HasCount(2, _server.Requests, string.Join('\n', _server.Requests));
    }

    [TestMethod]
    public async Task Repository_facts_carry_the_CODEOWNERS_text_GitHub_uses_within_the_one_query()
    {
        var state = _server.State;
        state.AddRepository("acme", "widget")
            .WithFile("CODEOWNERS", "* @root-owner\n")
            .WithFile("docs/CODEOWNERS", "* @docs-owner\n")
            .WithFile(".github/CODEOWNERS", "# Leads\n* @alice @acme/core\n");
        state.AddRepository("acme", "gadget").WithFile("README.md", "# Gadget\n").WithFile("docs/CODEOWNERS", "* @docs-owner\n");
        state.AddRepository("acme", "plain").WithFiles("README.md");

        using var gateway = Gateway();
        var widget = await gateway.GetRepositoryFactsAsync("acme", "widget", Now.AddDays(-90));
        var gadget = await gateway.GetRepositoryFactsAsync("acme", "gadget", Now.AddDays(-90));
        var plain = await gateway.GetRepositoryFactsAsync("acme", "plain", Now.AddDays(-90));

        Assert.AreEqual("# Leads\n* @alice @acme/core\n", widget.CodeownersText, ".github/ comes before the root and docs/");
        Assert.AreEqual("* @docs-owner\n", gadget.CodeownersText);
        Assert.IsNull(plain.CodeownersText);
        Assert.HasCount(3, _server.Requests, string.Join('\n', _server.Requests));
    }

    [TestMethod]
    public async Task A_CODEOWNERS_file_too_large_or_binary_for_GitHub_to_load_is_read_as_none()
    {
        _server.State.AddRepository("acme", "huge").WithFile(".github/CODEOWNERS", "* @alice\n" + new string('#', GitHubGateway.CodeOwnersByteLimit));
        _server.State.AddRepository("acme", "binary").WithFile("CODEOWNERS", "* @alice\0");

        using var gateway = Gateway();
        var huge = await gateway.GetRepositoryFactsAsync("acme", "huge", Now.AddDays(-90));
        var binary = await gateway.GetRepositoryFactsAsync("acme", "binary", Now.AddDays(-90));

        Assert.IsTrue(huge.Exists);
        Assert.IsNull(huge.CodeownersText);
        Assert.IsNull(binary.CodeownersText);
    }

    private GitHubGateway Gateway() => new GitHubGateway(Options());

    private GitHubGatewayOptions Options() => new()
    {
        ApiUrl = _server.ApiUri,
        GraphQLUrl = _server.GraphQLUri,
        Token = "ghs_test",
        Owner = "pytorch-fdn",
        Repository = "ecosystem",
        Resilience = new GitHubResilienceOptions { Jitter = () => 0 },
        Time = _clock,
    };
}
