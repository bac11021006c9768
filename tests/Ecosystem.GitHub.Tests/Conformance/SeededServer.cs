using System.Net.Http.Headers;
using Ecosystem.TestServer;
using Ecosystem.TestServer.State;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.GitHub.Tests.Conformance;

/// <summary>A started test server seeded with a small ecosystem world, and plain HTTP clients for it.</summary>
internal static class SeededServer
{
    public const string Token = "test-token-123";

    public static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    public static async Task<TestGitHubServer> StartAsync()
    {
        var state = new GitHubState(new FakeTimeProvider(Now));
        Seed(state);
        var server = new TestGitHubServer(state);
        await server.StartAsync();
        return server;
    }

    public static HttpClient Rest(TestGitHubServer server, string? token = Token)
    {
        var client = new HttpClient { BaseAddress = server.RestUri, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("ecosystem-tests");
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", token);
        }
        return client;
    }

    private static void Seed(GitHubState state)
    {
        var ecosystem = state.AddRepository("pytorch-fdn", "ecosystem").WithStars(42).WithLicense("MIT").WithFiles("README.md");
        var first = ecosystem.AddIssue("[Ecosystem] widget", "### Repository\n\nhttps://github.com/acme/widget", "alice", ["New"], Now.AddDays(-10));
        first.AddComment("bob", "/vote +1", at: Now.AddDays(-9));
        first.AddComment("ecosystem-bot[bot]", "<!-- ecosystem:intake -->\nChecks passed.", UserKind.Bot, Now.AddDays(-9));
        first.AddLabel("in voting", "carol", Now.AddDays(-8));
        first.Close("carol", "not_planned", Now.AddDays(-7));
        first.Reopen("carol", Now.AddDays(-6));
        first.LockConversation("carol", at: Now.AddDays(-6).AddHours(1)).LockConversation("carol", locked: false, at: Now.AddDays(-6).AddHours(2));
        ecosystem.AddIssue("[Ecosystem] gadget", "body", "dave", ["New"], Now.AddDays(-5));
        ecosystem.AddIssue("Fix typo", "a pull request", "erin", at: Now.AddDays(-4)).AsPullRequest();

        var widget = state.AddRepository("acme", "widget").WithStars(350).WithLicense("BSD-3-Clause")
            .WithFiles("README.md", "LICENSE", "CONTRIBUTING.md", "docs/index.md", ".github/workflows/ci.yml", ".github/SECURITY.md")
            .WithFile("CODEOWNERS", "* @alice\n");
        widget.WithCommit(Now.AddDays(-1), "alice@example.com", "alice").WithCommit(Now.AddDays(-2), "ghost@example.com")
            .WithCommit(Now.AddDays(-3), "bob@example.com", "bob").WithCommit(Now.AddDays(-200), "old@example.com", "olduser");

        state.AddTeam("pytorch-fdn", "ecosystem-wg").WithMembers("bob", "carol", "frank");
        state.AddUser("alice", name: "Alice A.");
        var board = state.AddProject("pytorch-fdn", 6, "Ecosystem applications")
            .WithSingleSelectField("Status", "New", "In progress", "Done")
            .WithField("Session date", ProjectFieldType.Date);
        board.AddItem(first).WithValue("Status", "New");
        state.AddProject("alice", 1, "Alice's board").WithSingleSelectField("Status", "Todo", "Done");

        state.AddPyPIPackage("widget", "2.1.0", "Widgets for PyTorch", "https://github.com/acme/widget");
        state.AddCondaPackage("widget", "2.1.0", "Widgets for PyTorch");
    }
}
