using System.Net;
using System.Text.Json;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Http;
using Ecosystem.GitHub.Models;
using Ecosystem.GitHub.Tests.Fakes;

namespace Ecosystem.GitHub.Tests;

[TestClass]
public sealed class GitHubGatewayTests
{
    [TestMethod]
    public async Task Two_hundred_fifty_comments_arrive_in_exactly_three_requests()
    {
        using var github = new TestGateway();
        const string Route = "repos/pytorch-fdn/ecosystem/issues/12/comments?per_page=100";
        for (var page = 1; page <= 3; page++)
        {
            var count = page < 3 ? 100 : 50;
            var comments = Enumerable.Range(((page - 1) * 100) + 1, count).Select(id => GitHubJson.CommentObject(id, $"comment {id}"));
            github.Handler.RespondJson(JsonSerializer.Serialize(comments), GitHubJson.Link(Route, page, 3));
        }

        github.Handler.RespondJson(GitHubJson.Viewer);

        var all = await github.Gateway.GetCommentsAsync(12);

        Assert.HasCount(250, all);
        CollectionAssert.AreEqual(Enumerable.Range(1, 250).Select(i => (long)i).ToArray(), all.Select(c => c.Id).ToArray());
        Assert.HasCount(3, github.Handler.Requests.Where(r => !r.IsViewer));
        Assert.IsTrue(github.Handler.Requests[3].IsViewer, "then who the automation is, to recognise its comments");
        StringAssert.StartsWith(github.Handler.Requests[0].PathAndQuery, "/api/v3/repos/pytorch-fdn/ecosystem/issues/12/comments");
        StringAssert.Contains(github.Handler.Requests[0].PathAndQuery, "per_page=100");
        StringAssert.EndsWith(github.Handler.Requests[2].PathAndQuery, "page=3");
    }

    [TestMethod]
    public async Task Comment_snapshot_carries_author_and_bot_flag()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson(JsonSerializer.Serialize(new[]
        {
            GitHubJson.CommentObject(1, "hi", "applicant"),
            GitHubJson.CommentObject(2, "<!-- ecosystem-bot:intake-report -->\nreport", "github-actions[bot]", "Bot"),
        })).RespondJson(GitHubJson.Viewer);

        var comments = await github.Gateway.GetCommentsAsync(12);

        Assert.AreEqual("applicant", comments[0].Author);
        Assert.IsFalse(comments[0].AuthorIsBot);
        Assert.AreEqual("github-actions[bot]", comments[1].Author);
        Assert.IsTrue(comments[1].AuthorIsBot);
        Assert.AreEqual(new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), comments[1].CreatedAt);
    }

    [TestMethod]
    public async Task Requests_carry_the_token_and_the_user_agent()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson(GitHubJson.Issue(12, labels: ["In review"]));

        var issue = await github.Gateway.GetIssueAsync(12);

        Assert.IsTrue(issue.HasLabel("in review"));
        Assert.AreEqual("Token test-token", github.Handler.Requests[0].Authorization);
        StringAssert.Contains(github.Handler.Requests[0].UserAgent, "pytorch-ecosystem-actions");
    }

    [TestMethod]
    public async Task An_issue_transferred_to_another_repository_is_refused_not_read_as_this_one()
    {
        // GitHub answers a transferred issue with 301 to its new home, which Octokit follows: the issue that comes back has
        // another repository's number, so a write by that number here would land on some other issue.
        using var github = new TestGateway();
        var moved = GitHubJson.Issue(3).Replace("pytorch-fdn/ecosystem/issues/3", "pytorch-fdn/landscape/issues/3", StringComparison.Ordinal);
        github.Handler
            .Respond(
                HttpStatusCode.MovedPermanently, """{"message":"Moved Permanently"}""", ("Location", GitHubJson.ApiRoot + "repositories/77/issues/3"))
            .RespondJson(moved);

        var refused = await Assert.ThrowsExactlyAsync<GitHubRequestException>(() => github.Gateway.GetIssueAsync(12));

        StringAssert.Contains(refused.Message, "#12");
        StringAssert.Contains(refused.Message, "https://github.test/pytorch-fdn/landscape/issues/3");
        StringAssert.Contains(refused.Message, "transferred");
    }

    [TestMethod]
    public async Task Label_events_keep_only_label_changes_in_time_order_with_bots_recognised()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson("""
            [{"id":7,"node_id":"LE_7","event":"unlabeled","actor":{"login":"renovate[bot]","id":2,"type":"Bot"},"label":{"name":"In review","color":"ededed"},"created_at":"2026-11-05T09:00:00Z","url":"u"},
             {"id":6,"node_id":"CE_6","event":"closed","actor":{"login":"maintainer","id":1,"type":"User"},"created_at":"2026-11-06T08:00:00Z","url":"u"},
             {"id":5,"node_id":"LE_5","event":"labeled","actor":{"login":"maintainer","id":1,"type":"User"},"label":{"name":"In review","color":"ededed"},"created_at":"2026-11-05T08:00:00Z","url":"u"}]
            """).RespondJson(GitHubJson.Viewer);

        var events = await github.Gateway.GetLabelEventsAsync(12);

        Assert.HasCount(2, events);
        Assert.AreEqual(new LabelEvent("In review", true, "maintainer", new DateTimeOffset(2026, 11, 5, 8, 0, 0, TimeSpan.Zero)), events[0]);
        Assert.AreEqual(new LabelEvent("In review", false, "renovate[bot]", new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.Zero)), events[1]);
        StringAssert.Contains(github.Handler.Requests[0].PathAndQuery, "/api/v3/repos/pytorch-fdn/ecosystem/issues/12/events");
    }

    [TestMethod]
    public async Task Team_members_use_the_org_and_slug_route_across_pages()
    {
        using var github = new TestGateway();
        const string Route = "orgs/pytorch-fdn/teams/ecosystem-wg/members?per_page=100";
        github.Handler.RespondJson(JsonSerializer.Serialize(new[] { GitHubJson.User("alice"), GitHubJson.User("bob") }), GitHubJson.Link(Route, 1, 2))
            .RespondJson(JsonSerializer.Serialize(new[] { GitHubJson.User("carol") }), GitHubJson.Link(Route, 2, 2));

        var members = await github.Gateway.GetTeamMembersAsync("pytorch-fdn", "ecosystem-wg");

        CollectionAssert.AreEqual(new[] { "alice", "bob", "carol" }, members.ToArray());
        StringAssert.StartsWith(github.Handler.Requests[0].PathAndQuery, "/api/v3/orgs/pytorch-fdn/teams/ecosystem-wg/members?");
        StringAssert.Contains(github.Handler.Requests[0].PathAndQuery, "per_page=100");
    }

    [TestMethod]
    public async Task Removing_a_label_that_is_gone_is_not_an_error()
    {
        using var github = new TestGateway();
        github.Handler.Respond(HttpStatusCode.NotFound, """{"message":"Label does not exist","documentation_url":"https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue"}""");

        await github.Gateway.RemoveLabelAsync(12, "In review");

        Assert.AreEqual(HttpMethod.Delete, github.Handler.Requests[0].Method);
        Assert.AreEqual("/api/v3/repos/pytorch-fdn/ecosystem/issues/12/labels/In%20review", github.Handler.Requests[0].Uri.AbsolutePath);
    }

    [TestMethod]
    [DataRow("https://api.github.com", "/repos/pytorch-fdn/ecosystem/issues/12/labels/New")]
    // GitHub Enterprise Cloud with data residency: the API is the root of api.SUBDOMAIN.ghe.com, as GITHUB_API_URL names it.
    [DataRow("https://api.octocorp.ghe.com", "/repos/pytorch-fdn/ecosystem/issues/12/labels/New")]
    // GitHub Enterprise Server: the runner's GITHUB_API_URL ends in /api/v3; a server's bare address gets it.
    [DataRow("https://ghes.example.com/api/v3", "/api/v3/repos/pytorch-fdn/ecosystem/issues/12/labels/New")]
    [DataRow("https://ghes.example.com", "/api/v3/repos/pytorch-fdn/ecosystem/issues/12/labels/New")]
    public async Task Rest_requests_go_to_the_api_that_GITHUB_API_URL_names(string apiUrl, string path)
    {
        using var github = new TestGateway(apiUrl: new Uri(apiUrl));
        github.Handler.Respond(HttpStatusCode.OK, "[]");

        await github.Gateway.RemoveLabelAsync(12, "New");

        Assert.AreEqual(new Uri(apiUrl).Host, github.Handler.Requests[0].Uri.Host);
        Assert.AreEqual(path, github.Handler.Requests[0].Uri.AbsolutePath);
    }

    [TestMethod]
    public async Task Removing_a_label_escapes_its_name_in_the_path()
    {
        using var github = new TestGateway();
        github.Handler.Respond(HttpStatusCode.OK, "[]");

        await github.Gateway.RemoveLabelAsync(12, "needs/info");
        Assert.AreEqual("/api/v3/repos/pytorch-fdn/ecosystem/issues/12/labels/needs%2Finfo", github.Handler.Requests[0].Uri.AbsolutePath);
    }

    [TestMethod]
    public async Task Adding_labels_posts_them_as_a_list()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson("""[{"id":1,"name":"In review","color":"ededed"}]""");

        await github.Gateway.AddLabelsAsync(12, ["In review"]);

        var request = github.Handler.Requests.Single();
        Assert.AreEqual(HttpMethod.Post, request.Method);
        Assert.AreEqual("/api/v3/repos/pytorch-fdn/ecosystem/issues/12/labels", request.Uri.AbsolutePath);
        Assert.AreEqual("""{"labels":["In review"]}""", request.Body);
    }

    [TestMethod]
    public async Task Closing_an_issue_sends_only_state_and_reason()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson(GitHubJson.Viewer).RespondJson(GitHubJson.Issue(12, open: false));

        var issue = await github.Gateway.UpdateIssueAsync(12, new IssueEdit { State = new IssueStateChange(false, "not_planned") });

        Assert.IsFalse(issue.IsOpen);
        var request = github.Handler.Requests.Single(r => !r.IsViewer);
        Assert.AreEqual(HttpMethod.Patch, request.Method);
        Assert.AreEqual("/api/v3/repos/pytorch-fdn/ecosystem/issues/12", request.Uri.AbsolutePath);
        Assert.AreEqual("""{"state":"closed","state_reason":"not_planned"}""", request.Body);
    }

    [TestMethod]
    public async Task Creating_an_issue_sends_title_body_and_labels()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson(GitHubJson.Viewer).Respond(HttpStatusCode.Created, GitHubJson.Issue(40, "Review session 2026-12-08", labels: ["review-session"]));

        var issue = await github.Gateway.CreateIssueAsync(new IssueDraft("Review session 2026-12-08", "Agenda") { Labels = ["review-session"] });

        Assert.AreEqual(40, issue.Number);
        Assert.AreEqual("""{"title":"Review session 2026-12-08","body":"Agenda","labels":["review-session"]}""", github.Handler.Requests.Single(r => !r.IsViewer).Body);
    }

    [TestMethod]
    public async Task Editing_a_comment_patches_it_by_id()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson(GitHubJson.Viewer).RespondJson(GitHubJson.Comment(991, "new", "github-actions[bot]", "Bot"));

        var comment = await github.Gateway.UpdateCommentAsync(12, 991, "new");

        Assert.AreEqual("new", comment.Body);
        var request = github.Handler.Requests.Single(r => !r.IsViewer);
        Assert.AreEqual(HttpMethod.Patch, request.Method);
        Assert.AreEqual("/api/v3/repos/pytorch-fdn/ecosystem/issues/comments/991", request.Uri.AbsolutePath);
        Assert.AreEqual("""{"body":"new"}""", request.Body);
    }
}
