using Ecosystem.TestServer;
using Ecosystem.TestServer.State;

namespace Ecosystem.GitHub.Tests.Conformance;

/// <summary>The test server's <c>Repository.issues</c>, issue comments and timeline items answer as GitHub's do.</summary>
[TestClass]
public sealed class TestServerIssueHistoryTests
{
    private const string Issues = """
        query { repository(owner: "pytorch-fdn", name: "ecosystem") {
          issues(first: 2, states: [OPEN], orderBy: {field: CREATED_AT, direction: DESC}) {
            pageInfo { hasNextPage endCursor }
            nodes { number state author { __typename login } }
          }
        } }
        """;

    private const string Timeline = """
        query { repository(owner: "pytorch-fdn", name: "ecosystem") { issue(number: 1) {
          timelineItems(first: 10, itemTypes: [CLOSED_EVENT, LABELED_EVENT]) {
            nodes { __typename ... on ClosedEvent { createdAt actor { login } } ... on LabeledEvent { label { name } } }
          }
          comments(first: 10) { nodes { databaseId body author { __typename login } } }
        } } }
        """;

    private const string Locks = """
        query { repository(owner: "pytorch-fdn", name: "ecosystem") { issue(number: 1) {
          timelineItems(first: 10, itemTypes: [LOCKED_EVENT, UNLOCKED_EVENT]) {
            nodes { __typename ... on LockedEvent { createdAt actor { login } } ... on UnlockedEvent { createdAt actor { login } } }
          }
        } } }
        """;

    private static readonly DateTimeOffset Then = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public async Task Issues_filter_by_state_leave_out_pull_requests_and_follow_the_order()
    {
        var (server, _) = await StartAsync();
        await using (server)
        {
            using var graphql = new GraphQLClient(server);
            var issues = (await graphql.SendAsync(Issues))["data"]!["repository"]!["issues"]!;

            CollectionAssert.AreEqual(new[] { 4, 2 }, issues["nodes"]!.AsArray().Select(n => n!["number"]!.GetValue<int>()).ToArray(), "newest open issue first; #1 is closed, #3 a pull request");
            Assert.IsFalse(issues["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            Assert.AreEqual("User", issues["nodes"]![0]!["author"]!["__typename"]!.GetValue<string>());
        }
    }

    [TestMethod]
    public async Task Timeline_items_keep_the_asked_types_and_an_apps_login_has_no_bot_suffix()
    {
        var (server, issue) = await StartAsync();
        await using (server)
        {
            using var graphql = new GraphQLClient(server);
            var answer = (await graphql.SendAsync(Timeline))["data"]!["repository"]!["issue"]!;

            var items = answer["timelineItems"]!["nodes"]!.AsArray();
            CollectionAssert.AreEqual(new[] { "LabeledEvent", "ClosedEvent" }, items.Select(i => i!["__typename"]!.GetValue<string>()).ToArray(), "the unlabeled event is not asked for");
            Assert.AreEqual("Waiting on comment", items[0]!["label"]!["name"]!.GetValue<string>());
            var bot = answer["comments"]!["nodes"]![0]!;
            Assert.AreEqual(("Bot", "ecosystem-bot"), (bot["author"]!["__typename"]!.GetValue<string>(), bot["author"]!["login"]!.GetValue<string>()));
            Assert.AreEqual(issue.Comments[0].Id, bot["databaseId"]!.GetValue<long>());
            await GraphQLSchemaCheck.AssertAllValidAsync([Issues, Timeline]);
        }
    }

    /// <summary>GitHub records a lock and an unlock of the conversation as timeline items of their own, asked for by their types.</summary>
    [TestMethod]
    public async Task Locking_and_unlocking_the_conversation_are_timeline_items_of_their_own()
    {
        var (server, issue) = await StartAsync();
        await using (server)
        {
            issue.LockConversation("bob", at: Then.AddDays(5)).LockConversation("bob", at: Then.AddDays(6))
                .LockConversation("bob", locked: false, at: Then.AddDays(7));
            using var graphql = new GraphQLClient(server);
            var items = (await graphql.SendAsync(Locks))["data"]!["repository"]!["issue"]!["timelineItems"]!["nodes"]!.AsArray();

            CollectionAssert.AreEqual(new[] { "LockedEvent", "UnlockedEvent" }, items.Select(i => i!["__typename"]!.GetValue<string>()).ToArray(),
                "locking a locked conversation records nothing");
            var first = items[0]!;
            Assert.AreEqual(("2026-06-06T09:00:00Z", "bob"), (first["createdAt"]!.GetValue<string>(), first["actor"]!["login"]!.GetValue<string>()));
            Assert.IsFalse(issue.IsLocked);
            await GraphQLSchemaCheck.AssertAllValidAsync([Locks]);
        }
    }

    private static async Task<(TestGitHubServer Server, Issue First)> StartAsync()
    {
        var state = new GitHubState();
        var repository = state.AddRepository("pytorch-fdn", "ecosystem");
        var first = repository.AddIssue("[Ecosystem] One", "body", "alice", ["New"], Then);
        first.AddComment(state.AuthenticatedLogin, "<!-- ecosystem-bot:review-session -->", UserKind.Bot, Then.AddDays(1));
        first.AddLabel("Waiting on comment", "bob", Then.AddDays(2));
        first.RemoveLabel("Waiting on comment", "bob", Then.AddDays(3));
        first.Close("bob", at: Then.AddDays(4));
        repository.AddIssue("[Ecosystem] Two", "body", "carol", ["New"], Then.AddDays(1));
        repository.AddIssue("A pull request", null, "dave", at: Then.AddDays(2)).AsPullRequest();
        repository.AddIssue("[Ecosystem] Four", "body", "erin", ["New"], Then.AddDays(3));
        var server = new TestGitHubServer(state);
        await server.StartAsync();
        return (server, first);
    }
}
