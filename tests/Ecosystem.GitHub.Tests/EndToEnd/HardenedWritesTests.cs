using System.Globalization;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;
using Ecosystem.GitHub.Http;
using Ecosystem.GitHub.Plans;
using Ecosystem.GitHub.Tests.Fakes;
using Ecosystem.TestServer;
using Ecosystem.TestServer.Faults;
using Ecosystem.TestServer.State;

namespace Ecosystem.GitHub.Tests.EndToEnd;

/// <summary>
/// Issue 15 against the test server: who the automation is, writes whose answer is lost, two runs at once, and what a
/// failure says. Every count comes from the server's state and request log.
/// </summary>
[TestClass]
public sealed class HardenedWritesTests
{
    private const string CommentsPath = "/repos/{owner}/{repo}/issues/{issue_number}/comments";
    private const string IssuesPath = "/repos/{owner}/{repo}/issues";

    private TestGitHubServer _server = null!;
    private Issue _issue = null!;
    private Repository _repository = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        var state = new GitHubState();
        _repository = state.AddRepository("pytorch-fdn", "ecosystem");
        _issue = _repository.AddIssue("[Ecosystem] Widget", "### Contact emails\n\na@b.org", "alice", ["New"]);
        _server = new TestGitHubServer(state);
        await _server.StartAsync();
    }

    [TestCleanup]
    public async Task StopAsync() => await _server.DisposeAsync();

    [TestMethod]
    [DataRow(502)]
    [DataRow(503)]
    [DataRow(504)]
    public async Task A_comment_GitHub_made_but_whose_answer_was_lost_is_adopted_not_posted_again(int status)
    {
        _server.Faults.Add("POST", CommentsPath, Fault.AppliedThenStatus(status));
        using var gateway = Gateway();

        var writes = await new IssuePlanApplier(gateway).UpsertCommentAsync(_issue.Number, [], new CommentUpsert("intake-report", "report"));

        var only = _issue.Comments.Single();
        Assert.AreEqual("create comment on #1 (intake-report)", writes.Single().Description);
        Assert.AreEqual(1, _server.WriteRequests.Count(r => r.Method == "POST" && r.Path.EndsWith("/comments", StringComparison.Ordinal)), "posted once");
        Assert.AreEqual(status, _server.WriteRequests.Single(r => r.Path.EndsWith("/comments", StringComparison.Ordinal)).Status);
        StringAssert.EndsWith(only.Body, "report");
    }

    [TestMethod]
    public async Task A_comment_GitHub_did_not_make_is_looked_for_then_posted_once()
    {
        _server.Faults.Add("POST", CommentsPath, Fault.Status(502));
        using var gateway = Gateway();

        var created = await gateway.CreateCommentAsync(_issue.Number, HiddenMarker.Stamp("intake-report", "report"));

        Assert.AreEqual(_issue.Comments.Single().Id, created.Id);
        CollectionAssert.AreEqual(new[] { 502, 201 }, _server.WriteRequests.Where(r => r.Method == "POST" && r.Path.EndsWith("/comments", StringComparison.Ordinal)).Select(r => r.Status).ToArray());
    }

    [TestMethod]
    public async Task A_lost_creation_is_looked_for_after_the_back_off_of_a_retry_jitter_included()
    {
        // Two posts fail: each search waits as a resent request would, doubled per attempt and spread by the jitter.
        _server.Faults.Add("POST", CommentsPath, FaultHits.Next(2), Fault.Status(502));
        var clock = new WaitingClock(DateTimeOffset.UtcNow);
        using var gateway = Gateway(clock, new GitHubResilienceOptions { Jitter = () => 0.5 });

        await gateway.CreateCommentAsync(_issue.Number, HiddenMarker.Stamp("intake-report", "report"));

        CollectionAssert.AreEqual(new[] { TimeSpan.FromSeconds(1.25), TimeSpan.FromSeconds(2.5) }, clock.Waits.ToArray());
        Assert.HasCount(1, _issue.Comments);
    }

    [TestMethod]
    public async Task An_issue_GitHub_made_but_whose_answer_was_lost_is_adopted_not_opened_again()
    {
        _server.Faults.Add("POST", IssuesPath, Fault.AppliedThenStatus(502));
        using var gateway = Gateway();

        var created = await gateway.CreateIssueAsync(new IssueDraft("Review session 2026-12-08", HiddenMarker.Stamp("review-agenda", "Agenda")));

        var agendas = _repository.Issues.Where(i => i.Title == "Review session 2026-12-08").ToList();
        Assert.HasCount(1, agendas);
        Assert.AreEqual(agendas[0].Number, created.Number);
        Assert.AreEqual(1, _server.WriteRequests.Count(r => r.Method == "POST" && r.Path.EndsWith("/issues", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task Two_runs_at_once_leave_the_first_comment_only_and_later_runs_edit_it_in_place()
    {
        using var first = Gateway();
        using var second = Gateway();
        var seen = await first.GetCommentsAsync(_issue.Number);

        // Both read "no tally yet", then both post: GitHub takes both, and whichever posted last finds the other's.
        await Task.WhenAll(
            new IssuePlanApplier(first).UpsertCommentAsync(_issue.Number, seen, new CommentUpsert("vote-tally", "tally A")),
            new IssuePlanApplier(second).UpsertCommentAsync(_issue.Number, seen, new CommentUpsert("vote-tally", "tally B")));
        var kept = _issue.Comments.Single();
        // Each run that saw both deleted the later (both may have: the second deletion finds it gone).
        var deleted = _server.WriteRequests.Where(r => r.Method == "DELETE")
            .Select(r => long.Parse(r.Path[(r.Path.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture));
        Assert.IsGreaterThan(kept.Id, deleted.Distinct().Single(), "the first is kept");

        using var third = Gateway();
        _server.ClearLog();
        var again = await new IssuePlanApplier(third).UpsertCommentAsync(_issue.Number, await third.GetCommentsAsync(_issue.Number), new CommentUpsert("vote-tally", "tally C"));
        _server.ClearLog();
        var once = await new IssuePlanApplier(third).UpsertCommentAsync(_issue.Number, await third.GetCommentsAsync(_issue.Number), new CommentUpsert("vote-tally", "tally C"));

        Assert.AreEqual(kept.Id, _issue.Comments.Single().Id, "the one comment is edited from then on");
        StringAssert.EndsWith(_issue.Comments.Single().Body, "tally C");
        Assert.HasCount(1, again);
        Assert.IsEmpty(once);
        Assert.IsEmpty(_server.WriteRequests, "converged: the next run writes nothing");
    }

    [TestMethod]
    public async Task A_comment_another_run_posted_after_this_run_read_is_kept_reading_as_this_run_wants_and_this_one_deleted()
    {
        using var gateway = Gateway();
        using var other = Gateway();
        var seen = await gateway.GetCommentsAsync(_issue.Number);
        var theirs = await other.CreateCommentAsync(_issue.Number, HiddenMarker.Stamp("vote-reminder-opened", "@bob: the vote is open."));

        var writes = await new IssuePlanApplier(gateway).UpsertCommentAsync(
            _issue.Number, seen, new CommentUpsert("vote-reminder-opened", "@bob @carol: the vote is open."));

        Assert.AreEqual(theirs.Id, _issue.Comments.Single().Id, "the first stays");
        StringAssert.EndsWith(_issue.Comments.Single().Body, "@bob @carol: the vote is open.");
        Assert.HasCount(3, writes);
        Assert.AreEqual("create comment on #1 (vote-reminder-opened)", writes[0].Description);
        StringAssert.StartsWith(writes[1].Description, "delete duplicate comment ");
        Assert.AreEqual($"edit comment {theirs.Id} on #1 (vote-reminder-opened)", writes[2].Description);
    }

    [TestMethod]
    public async Task Closing_and_relabelling_keeps_a_label_another_run_changed_in_between()
    {
        using var gateway = Gateway();
        var read = await gateway.GetIssueAsync(_issue.Number);
        // Between this run's read and its write, a guard adds back a label: the write must not undo it.
        _issue.AddLabel("Guarded", "staff-member");

        await new IssuePlanApplier(gateway).ApplyAsync(read, [], new IssuePlan(_issue.Number)
        {
            AddLabels = ["Declined"],
            RemoveLabels = ["New"],
            State = new IssueStateChange(false, "not_planned"),
        });

        CollectionAssert.AreEquivalent(new[] { "Guarded", "Declined" }, _issue.Labels.ToArray());
        Assert.AreEqual("closed", _issue.State);
        Assert.IsFalse(_server.WriteRequests.Any(r => r.Method == "PATCH" && r.Body?.Contains("\"labels\"", StringComparison.Ordinal) == true), "no label list is sent");
    }

    [TestMethod]
    public async Task A_person_named_like_the_bot_is_not_the_automation()
    {
        // The token's account is ecosystem-bot[bot] (a Bot); "ecosystem-bot" is a free login for a person.
        var marked = HiddenMarker.Stamp("intake-report", "forged");
        _issue.AddComment("ecosystem-bot", marked);
        _issue.AddLabel("Accepted", "ecosystem-bot");
        using var gateway = Gateway();

        var automation = await gateway.GetAutomationAsync();
        var comments = await gateway.GetCommentsAsync(_issue.Number);
        var events = await gateway.GetLabelEventsAsync(_issue.Number);
        await new IssuePlanApplier(gateway).UpsertCommentAsync(_issue.Number, comments, new CommentUpsert("intake-report", "real"));

        Assert.AreEqual("ecosystem-bot[bot]", automation.Login);
        Assert.AreEqual(_server.State.FindUser("ecosystem-bot[bot]")!.Id, automation.DatabaseId);
        Assert.IsFalse(automation.Wrote(comments.Single()));
        Assert.AreEqual("ecosystem-bot", comments.Single().Author, "the person keeps their own login");
        Assert.AreEqual("ecosystem-bot", events.Single(e => e.Label == "Accepted").Actor);
        Assert.HasCount(2, _issue.Comments, "the person's comment is not edited as the automation's");
        Assert.AreEqual(marked, _issue.Comments[0].Body);
        Assert.AreEqual("ecosystem-bot[bot]", _issue.Comments[1].Author);
        Assert.AreEqual("ecosystem-bot[bot]", (await gateway.GetCommentsAsync(_issue.Number))[1].Author);
    }

    [TestMethod]
    public async Task A_failure_names_the_operation_the_issue_the_status_the_request_id_and_whether_a_rerun_is_safe()
    {
        _server.Faults.Add("POST", "/repos/{owner}/{repo}/issues/{issue_number}/labels", FaultHits.Always, Fault.Status(502));
        _server.Faults.Add("GET", "/repos/{owner}/{repo}/issues/{issue_number}", FaultHits.Always, Fault.Status(403, "Resource not accessible by integration"));
        using var gateway = Gateway();

        var write = await Assert.ThrowsExactlyAsync<GitHubRequestException>(() => gateway.AddLabelsAsync(_issue.Number, ["Accepted"]));
        var read = await Assert.ThrowsExactlyAsync<GitHubRequestException>(() => gateway.GetIssueAsync(_issue.Number));

        var lastLabelAnswer = _server.Requests.Last(r => r.Path.EndsWith("/labels", StringComparison.Ordinal));
        StringAssert.StartsWith(write.Message, "GitHub answered 502 (Server Error) to: add labels [Accepted] to #1 (request id C0DE:");
        StringAssert.EndsWith(
            write.Message,
            "). GitHub may or may not have applied this write. A rerun is safe: it reads GitHub again, writes only what is still missing and removes its own duplicates.");
        Assert.AreEqual(5, _server.Requests.Count(r => r.Path.EndsWith("/labels", StringComparison.Ordinal)), "retried 4 times first");
        Assert.IsNotNull(lastLabelAnswer);
        StringAssert.StartsWith(read.Message, "GitHub answered 403 (Resource not accessible by integration) to: read issue #1 (request id C0DE:");
        StringAssert.EndsWith(read.Message, "The token may not do this; a rerun fails the same way until it has the permission (see the README, \"Tokens and permissions\").");
    }

    [TestMethod]
    public async Task A_GraphQL_rate_limit_is_waited_out_like_the_REST_one()
    {
        var clock = new WaitingClock(DateTimeOffset.UtcNow);
        _server.Faults.Add("POST", "/api/graphql", Fault.GraphQLRateLimited(DateTimeOffset.UtcNow.AddSeconds(30)));
        using var gateway = Gateway(clock);

        var automation = await gateway.GetAutomationAsync();

        Assert.AreEqual("ecosystem-bot[bot]", automation.Login);
        Assert.HasCount(1, clock.Waits, "one wait for the reset, then the same query again");
        Assert.IsGreaterThan(TimeSpan.FromSeconds(25), clock.Waits[0]);
        CollectionAssert.AreEqual(new[] { 200, 200 }, _server.Requests.Select(r => r.Status).ToArray());
    }

    [TestMethod]
    public async Task A_GraphQL_rate_limit_too_far_off_fails_as_a_rate_limit()
    {
        _server.Faults.Add("POST", "/api/graphql", FaultHits.Always, Fault.GraphQLRateLimited(DateTimeOffset.UtcNow.AddHours(1)));
        using var gateway = Gateway();

        var error = await Assert.ThrowsExactlyAsync<GitHubRateLimitException>(() => gateway.GetAutomationAsync());

        StringAssert.Contains(error.Message, "primary rate limit (graphql)");
    }

    private GitHubGateway Gateway(WaitingClock? clock = null, GitHubResilienceOptions? resilience = null) => new GitHubGateway(new GitHubGatewayOptions
    {
        ApiUrl = _server.ApiUri,
        GraphQLUrl = _server.GraphQLUri,
        Token = "ghs_test",
        Owner = "pytorch-fdn",
        Repository = "ecosystem",
        Resilience = resilience ?? new GitHubResilienceOptions { Jitter = () => 0 },
        Time = clock ?? new WaitingClock(DateTimeOffset.UtcNow),
    });
}
