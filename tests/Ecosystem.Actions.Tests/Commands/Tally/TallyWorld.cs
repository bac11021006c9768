using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.TestServer;
using Ecosystem.TestServer.Logging;
using Ecosystem.TestServer.State;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.Actions.Tests.Commands.Tally;

/// <summary>
/// A repository on the test server with a Working Group team (bob, carol, dave), one staff member (staff-alice),
/// the issue form in the checkout, and helpers to post comments and run <c>tally</c> for them.
/// </summary>
public sealed class TallyWorld : IAsyncDisposable
{
    public const string Staff = "staff-alice";
    public const string Automation = "ecosystem-bot[bot]";

    public const string DefaultConfiguration = """
        people:
          staff:
            users: ["staff-alice"]
          working-group:
            team: "pytorch-fdn/ecosystem-wg"
        voting:
          close-after-days: 0
        """;

    private TallyWorld(FakeTimeProvider time, GitHubState state, TestGitHubServer server, ActionRun run)
    {
        Time = time;
        State = state;
        Server = server;
        Run = run;
    }

    public FakeTimeProvider Time { get; }

    public GitHubState State { get; }

    public TestGitHubServer Server { get; }

    public ActionRun Run { get; }

    public Repository Repository => State.Repository("pytorch-fdn", "ecosystem");

    public static string ApplicationBody { get; } =
        File.ReadAllText(Path.Combine(ActionRun.RepositoryRoot(), "tests", "Ecosystem.Actions.Tests", "Commands", "Tally", "Fixtures", "application.md"));

    public static async Task<TallyWorld> StartAsync(string? configuration = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        var state = new GitHubState(time);
        state.AddRepository("pytorch-fdn", "ecosystem");
        state.AddTeam("pytorch-fdn", "ecosystem-wg").WithMembers("bob", "carol", "dave");
        var server = new TestGitHubServer(state);
        await server.StartAsync();
        var run = new ActionRun(server, time);
        run.WithApplicationTemplate().WithFile(".github/ecosystem.yml", configuration ?? DefaultConfiguration);
        return new TallyWorld(time, state, server, run);
    }

    /// <summary>An application in review, filed by <c>janedoe</c> (also a listed maintainer).</summary>
    public Issue AddApplication(string title = "[Ecosystem] TorchRender", params string[] labels) =>
        Repository.AddIssue(title, ApplicationBody, "janedoe", labels.Length == 0 ? ["In review"] : labels);

    /// <summary>Posts a comment a minute after the previous event.</summary>
    public Comment Say(Issue issue, string author, string body)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        return issue.AddComment(author, body);
    }

    /// <summary>Runs <c>tally</c> for the creation of <paramref name="comment"/>, as the issue_comment workflow would.</summary>
    public Task<RunResult> OnCommentAsync(Comment comment, params string[] extra) =>
        Run.RunAsync("issue_comment", EventPayloads.IssueComment("created", comment.Issue, comment), ["tally", .. extra]);

    public Task<RunResult> NightlyAsync(params string[] extra) =>
        Run.RunAsync("schedule", EventPayloads.Schedule(), ["tally", .. extra]);

    public IReadOnlyList<Comment> OwnComments(Issue issue) =>
        [.. issue.Comments.Where(c => c.Author == Automation)];

    public static int CommentReads(RunResult result, Issue issue) =>
        result.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith($"/issues/{issue.Number}/comments", StringComparison.Ordinal));

    public static int MembershipReads(RunResult result) =>
        result.Requests.Count(r => r.Method == "GET" && r.Path.Contains("/teams/", StringComparison.Ordinal));

    public static string Writes(RunResult result) =>
        string.Join("\n", result.WriteRequests.Select(Describe));

    private static string Describe(RecordedRequest request) => $"{request.Method} {request.Path}";

    public async ValueTask DisposeAsync()
    {
        Run.Dispose();
        await Server.DisposeAsync();
    }
}
