using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.TestServer;
using Ecosystem.TestServer.State;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.Actions.Tests.Commands.Guard;

/// <summary>
/// The ecosystem repository on the test server, with staff (staff-alice), a Working Group team (wg-bob, wg-carol),
/// the checkout (configuration and issue form) and a clock, and ways to run <c>guard</c> for each trigger.
/// </summary>
public sealed class GuardScenario : IAsyncDisposable
{
    public const string Automation = "ecosystem-bot[bot]";
    public const string Staff = "staff-alice";
    public const string WorkingGroupMember = "wg-bob";

    public static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private GuardScenario(FakeTimeProvider time, GitHubState state, TestGitHubServer server)
    {
        Time = time;
        State = state;
        Server = server;
        Repository = state.Repository("pytorch-fdn", "ecosystem");
        Run = new ActionRun(server, time)
            .WithApplicationTemplate()
            .WithFile(".github/ecosystem.yml", Fixture("ecosystem.yml"));
    }

    public FakeTimeProvider Time { get; }

    public GitHubState State { get; }

    public TestGitHubServer Server { get; }

    public Repository Repository { get; }

    public ActionRun Run { get; }

    public static async Task<GuardScenario> StartAsync()
    {
        var time = new FakeTimeProvider(Start);
        var state = new GitHubState(time);
        state.AddRepository("pytorch-fdn", "ecosystem");
        state.AddUser(Staff);
        state.AddTeam("pytorch-fdn", "ecosystem-wg").WithMembers(WorkingGroupMember, "wg-carol");
        var server = new TestGitHubServer(state);
        await server.StartAsync();
        return new GuardScenario(time, state, server);
    }

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(ActionRun.RepositoryRoot(), "tests", "Ecosystem.Actions.Tests", "Commands", "Guard", "Fixtures", name));

    /// <summary>An application by alice for torchrender/torchrender (maintainers janedoe and rajpatel), opened <paramref name="at"/>.</summary>
    public Issue AddApplication(DateTimeOffset at, params string[] labels)
    {
        State.AddUser("janedoe");
        State.AddUser("rajpatel");
        return Repository.AddIssue("[Ecosystem] TorchRender", Fixture("torchrender-application.md"), "alice", labels, at);
    }

    public Task<RunResult> LabelChangedAsync(Issue issue, string label, string sender, bool added = true, params string[] args) =>
        Run.RunAsync("issues", EventPayloads.Issues(added ? "labeled" : "unlabeled", issue, sender, label), ["guard", .. args]);

    public Task<RunResult> CommentedAsync(Issue issue, Comment comment, params string[] args) =>
        Run.RunAsync("issue_comment", EventPayloads.IssueComment("created", issue, comment), ["guard", .. args]);

    public Task<RunResult> NightlyAsync(params string[] args) =>
        Run.RunAsync("schedule", EventPayloads.Schedule(), ["guard", .. args]);

    /// <summary>Moves the clock to <paramref name="days"/> days after <see cref="Start"/>.</summary>
    public void DaysAfterStart(int days) => Time.SetUtcNow(Start.AddDays(days));

    public static IReadOnlyList<Comment> CommentsBy(Issue issue, string author) =>
        [.. issue.Comments.Where(c => string.Equals(c.Author, author, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        Run.Dispose();
        await Server.DisposeAsync();
    }
}
