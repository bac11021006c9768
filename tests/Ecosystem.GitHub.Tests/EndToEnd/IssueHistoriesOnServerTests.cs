using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Http;
using Ecosystem.GitHub.Models;
using Ecosystem.GitHub.Tests.Conformance;
using Ecosystem.GitHub.Tests.Fakes;
using Ecosystem.TestServer;
using Ecosystem.TestServer.State;

namespace Ecosystem.GitHub.Tests.EndToEnd;

/// <summary>
/// The paged whole-repository read (<see cref="IGitHubGateway.GetIssueHistoriesAsync"/>) against the test server:
/// one request per 100 issues, and more only for an issue with over 100 comments or label events. The nightly commands
/// read only the issues carrying one of some labels (GitHub's <c>labels</c> argument keeps an issue with any of them),
/// and issues and comments compare equal to what REST reads of them (account ids, node ids, times), so the automation
/// is recognised by id whichever API read its comments.
/// </summary>
[TestClass]
public sealed class IssueHistoriesOnServerTests
{
    private static readonly DateTimeOffset Then = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private const string ByLabels = """
        query($labels: [String!]) { repository(owner: "pytorch-fdn", name: "ecosystem") {
          issues(first: 10, states: [OPEN], labels: $labels) { nodes { number labels(first: 10) { nodes { name } } } }
        } }
        """;

    private TestGitHubServer _server = null!;
    private Repository _repository = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        var state = new GitHubState();
        _repository = state.AddRepository("pytorch-fdn", "ecosystem");
        _server = new TestGitHubServer(state);
        await _server.StartAsync();
    }

    [TestCleanup]
    public async Task StopAsync() => await _server.DisposeAsync();

    [TestMethod]
    public async Task Two_hundred_thirty_issues_take_three_requests_plus_one_for_each_long_thread()
    {
        for (var i = 1; i <= 230; i++)
        {
            _repository.AddIssue($"[Ecosystem] P{i}", "body " + i, "applicant" + i, ["New"], Then.AddHours(i));
        }

        _repository.AddIssue("A pull request", null, "someone").AsPullRequest();
        var chatty = _repository.Issues[4];
        for (var i = 0; i < 150; i++)
        {
            chatty.AddComment(i % 2 == 0 ? "carol" : "applicant5", $"comment {i}", at: Then.AddDays(1).AddMinutes(i));
        }

        var relabelled = _repository.Issues[7];
        for (var i = 0; i < 60; i++)
        {
            relabelled.AddLabel("Waiting on comment", "dave", Then.AddDays(2).AddMinutes(2 * i));
            relabelled.RemoveLabel("Waiting on comment", "dave", Then.AddDays(2).AddMinutes((2 * i) + 1));
        }

        using var gateway = Gateway();
        var histories = await gateway.GetIssueHistoriesAsync(IssueStateFilter.All);

        Assert.HasCount(230, histories, "every issue, the pull request left out");
        CollectionAssert.AreEqual(Enumerable.Range(1, 230).ToList(), histories.Select(h => h.Issue.Number).ToList());
        Assert.HasCount(150, histories[4].Comments);
        CollectionAssert.AreEqual(Enumerable.Range(0, 150).Select(i => $"comment {i}").ToList(), histories[4].Comments.Select(c => c.Body).ToList());
        Assert.HasCount(120, histories[7].LabelEvents);
        Assert.IsTrue(histories[7].LabelEvents[0].Added);
        Assert.IsFalse(histories[7].LabelEvents[119].Added);
        Assert.AreEqual("dave", histories[7].LabelEvents[0].Actor);

        // ⌈230/100⌉ = 3 pages, one more page of comments for #5 and one more page of events for #8, and who the automation
        // is (to recognise its comments); no writes.
        var requests = _server.Requests;
        Assert.HasCount(6, requests, string.Join('\n', requests));
        Assert.AreEqual(1, requests.Count(r => r.GraphQLDocument!.Contains("query Viewer", StringComparison.Ordinal)));
        Assert.IsTrue(requests.All(r => r.IsGraphQL && !r.IsWrite));
        Assert.AreEqual(3, requests.Count(r => r.GraphQLDocument!.Contains("query IssueHistories", StringComparison.Ordinal)));
        Assert.AreEqual(1, requests.Count(r => r.GraphQLDocument!.Contains("query IssueComments", StringComparison.Ordinal)));
        Assert.AreEqual(1, requests.Count(r => r.GraphQLDocument!.Contains("query IssueTimeline", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task A_history_carries_labels_assignees_comments_with_their_authors_kind_and_label_and_lock_events()
    {
        var issue = _repository.AddIssue("[Ecosystem] Widget", "### Contact emails\n\na@b.org", "alice", ["New"], Then);
        issue.AssignTo("bob", "carol");
        issue.AddComment("bob", "Looks good", at: Then.AddDays(1));
        issue.AddComment(_server.State.AuthenticatedLogin, "<!-- ecosystem-bot:review-session -->", UserKind.Bot, Then.AddDays(2));
        issue.AddLabel("Waiting on comment", "bob", Then.AddDays(3));
        issue.LockConversation("bob", at: Then.AddDays(3).AddHours(1)).LockConversation("bob", locked: false, at: Then.AddDays(3).AddHours(5));
        issue.RemoveLabel("Waiting on comment", "alice", Then.AddDays(4));
        issue.Close("bob", at: Then.AddDays(5));
        _repository.AddIssue("[Ecosystem] Open one", "body", "erin", ["New"], Then.AddDays(1));

        using var gateway = Gateway();
        var closed = await gateway.GetIssueHistoriesAsync(IssueStateFilter.Closed);
        var all = await gateway.GetIssueHistoriesAsync(IssueStateFilter.All);

        var history = closed.Single();
        Assert.HasCount(2, all);
        Assert.AreEqual("alice", history.Issue.Author);
        Assert.IsFalse(history.Issue.AuthorIsBot);
        Assert.IsFalse(history.Issue.IsOpen);
        Assert.AreEqual(Then.AddDays(5), history.Issue.ClosedAt);
        Assert.AreEqual(Then, history.Issue.CreatedAt);
        Assert.AreEqual($"https://github.com/pytorch-fdn/ecosystem/issues/{issue.Number}", history.Issue.HtmlUrl.Replace(_server.BaseUri.ToString(), "https://github.com/", StringComparison.Ordinal));
        Assert.AreEqual(issue.NodeId, history.Issue.NodeId);
        CollectionAssert.AreEqual(new[] { "New" }, history.Issue.Labels.ToArray());
        CollectionAssert.AreEqual(new[] { "bob", "carol" }, history.Issue.Assignees.ToArray());
        Assert.AreEqual(("bob", false), (history.Comments[0].Author, history.Comments[0].AuthorIsBot));
        Assert.AreEqual(("ecosystem-bot[bot]", true), (history.Comments[1].Author, history.Comments[1].AuthorIsBot), "an app's GraphQL login is written as REST writes it");
        Assert.AreEqual(issue.Comments[1].Id, history.Comments[1].Id);
        CollectionAssert.AreEqual(
            new[] { ("Waiting on comment", true, "bob", Then.AddDays(3)), ("Waiting on comment", false, "alice", Then.AddDays(4)) },
            history.LabelEvents.Select(e => (e.Label, e.Added, e.Actor, e.At)).ToArray());
        CollectionAssert.AreEqual(new[] { new LockEvent(true, Then.AddDays(3).AddHours(1)), new LockEvent(false, Then.AddDays(3).AddHours(5)) },
            history.LockEvents.ToArray());
    }

    [TestMethod]
    public async Task Issues_with_any_of_the_labels_come_in_one_request_and_others_stay_out()
    {
        var voting = _repository.AddIssue("[Ecosystem] Voting", "body", "alice", ["in voting"], Then);
        _repository.AddIssue("[Ecosystem] Waiting", "body", "bob", ["New"], Then.AddHours(1));
        var review = _repository.AddIssue("[Ecosystem] Review", "body", "carol", ["In review", "Waiting on comment"], Then.AddHours(2));
        var both = _repository.AddIssue("[Ecosystem] Both", "body", "dave", ["In voting", "In review"], Then.AddHours(3));
        _repository.AddIssue("[Ecosystem] Closed", "body", "erin", ["In review"], Then.AddHours(4)).Close("erin", at: Then.AddDays(1));

        using var gateway = Gateway();
        var histories = await gateway.GetIssueHistoriesAsync(IssueStateFilter.Open, ["In voting", "In review"]);

        CollectionAssert.AreEqual(new[] { voting.Number, review.Number, both.Number }, histories.Select(h => h.Issue.Number).ToArray(), "either label, names compared without case, each issue once");
        Assert.HasCount(1, _server.Requests.Where(r => r.GraphQLDocument?.Contains("query IssueHistories", StringComparison.Ordinal) == true));
        Assert.HasCount(2, _server.Requests, "and who the automation is");
    }

    [TestMethod]
    public async Task Issues_and_comments_read_by_the_page_equal_those_read_by_rest()
    {
        var issue = _repository.AddIssue("[Ecosystem] Widget", "body", "alice", ["In review"], Then);
        issue.AddComment("bob", "Looks good", at: Then.AddDays(1)).Edit("Looks good to me", Then.AddDays(2));
        issue.AddComment(_server.State.AuthenticatedLogin, "<!-- ecosystem-bot:review-session -->", UserKind.Bot, Then.AddDays(3));
        // A person whose login is the app's bare login is someone else.
        issue.AddComment("ecosystem-bot", "<!-- ecosystem-bot:review-session -->", at: Then.AddDays(4));

        using var gateway = Gateway();
        var history = (await gateway.GetIssueHistoriesAsync(IssueStateFilter.Open, ["In review"])).Single();
        var rest = await gateway.GetCommentsAsync(issue.Number);
        var restIssue = await gateway.GetIssueAsync(issue.Number);

        CollectionAssert.AreEqual(rest.ToList(), history.Comments.ToList(), "id, author, kind, account id, node id, body, times and address as REST reads them");
        Assert.AreEqual(
            (restIssue.Number, restIssue.Title, restIssue.Body, restIssue.Author, restIssue.AuthorId, restIssue.AuthorIsBot, restIssue.NodeId, restIssue.HtmlUrl, restIssue.CreatedAt, restIssue.UpdatedAt),
            (history.Issue.Number, history.Issue.Title, history.Issue.Body, history.Issue.Author, history.Issue.AuthorId, history.Issue.AuthorIsBot, history.Issue.NodeId, history.Issue.HtmlUrl, history.Issue.CreatedAt, history.Issue.UpdatedAt));
        var automation = await gateway.GetAutomationAsync();
        CollectionAssert.AreEqual(new[] { false, true, false }, history.Comments.Select(automation.Wrote).ToArray(), "the automation by account id, not by login");
        Assert.AreEqual(("ecosystem-bot[bot]", "ecosystem-bot"), (history.Comments[1].Author, history.Comments[2].Author));
        Assert.IsTrue(history.Comments[0].IsEdited);
        Assert.AreEqual(issue.Comments[0].NodeId, history.Comments[0].NodeId, "the node id the edit history is read by");
    }

    [TestMethod]
    public async Task The_servers_labels_argument_is_valid_for_GitHub_and_keeps_an_issue_with_any_label()
    {
        _repository.AddIssue("[Ecosystem] One", "body", "alice", ["In voting"], Then);
        _repository.AddIssue("[Ecosystem] Two", "body", "bob", ["New"], Then.AddHours(1));
        _repository.AddIssue("[Ecosystem] Three", "body", "carol", ["In review"], Then.AddHours(2));

        using var graphql = new GraphQLClient(_server);
        var answer = await graphql.SendAsync(ByLabels, new Dictionary<string, object?> { ["labels"] = new[] { "in voting", "IN REVIEW" } });
        var everyIssue = await graphql.SendAsync(ByLabels, new Dictionary<string, object?> { ["labels"] = null });

        CollectionAssert.AreEqual(new[] { 1, 3 }, answer["data"]!["repository"]!["issues"]!["nodes"]!.AsArray().Select(n => n!["number"]!.GetValue<int>()).ToArray());
        Assert.HasCount(3, everyIssue["data"]!["repository"]!["issues"]!["nodes"]!.AsArray(), "a null list filters nothing");
        await GraphQLSchemaCheck.AssertAllValidAsync([ByLabels]);
    }

    [TestMethod]
    public async Task Two_hundred_fifty_issues_take_three_requests_and_equal_each_issue_read_by_rest()
    {
        for (var i = 1; i <= 250; i++)
        {
            var issue = _repository.AddIssue($"[Ecosystem] P{i}", "### Project repo URL\n\nhttps://github.com/o/p" + i, "applicant" + i, ["New"], Then.AddHours(i));
            issue.AddComment("bob", "not read", at: Then.AddDays(20));
        }

        _repository.Issues[3].Close("bob", at: Then.AddDays(30));
        _repository.AddIssue("A pull request", null, "someone").AsPullRequest();

        using var gateway = Gateway();
        var summaries = await gateway.GetIssuesAsync(IssueStateFilter.All);
        var requests = _server.Requests.Count;
        var rest = new List<IssueSnapshot>();
        foreach (var summary in summaries)
        {
            rest.Add(await gateway.GetIssueAsync(summary.Number));
        }

        Assert.AreEqual(3, requests, "⌈250/100⌉ pages, no comment read");
        CollectionAssert.AreEqual(Enumerable.Range(1, 250).ToArray(), summaries.Select(i => i.Number).ToArray(), "oldest first, the pull request left out");
        CollectionAssert.AreEqual(
            rest.Select(i => (i.Number, i.Title, i.Body, i.Author, i.AuthorId, i.IsOpen, string.Join(",", i.Labels), i.ClosedAt, i.HtmlUrl, i.NodeId)).ToList(),
            summaries.Select(i => (i.Number, i.Title, i.Body, i.Author, i.AuthorId, i.IsOpen, string.Join(",", i.Labels), i.ClosedAt, i.HtmlUrl, i.NodeId)).ToList());
    }

    private GitHubGateway Gateway() => new GitHubGateway(new GitHubGatewayOptions
    {
        ApiUrl = _server.ApiUri,
        GraphQLUrl = _server.GraphQLUri,
        Token = "ghs_test",
        Owner = "pytorch-fdn",
        Repository = "ecosystem",
        Resilience = new GitHubResilienceOptions { Jitter = () => 0 },
        Time = new WaitingClock(DateTimeOffset.UtcNow),
    });
}
