using System.Globalization;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.TestServer;
using Ecosystem.TestServer.State;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.Actions.Tests.Commands.Schedule;

/// <summary>
/// The repository, board and clock of a scheduling story on the test server. Sessions are monthly (2nd Tuesday,
/// 09:00 Los Angeles: 2026-12-08, 2027-01-12, …); the clock is set with <see cref="SetClock"/> between runs.
/// </summary>
public sealed class ScheduleScenario : IAsyncDisposable
{
    public const string Owner = "pytorch-fdn";
    public const string Name = "ecosystem";

    private ActionRun? _run;

    private ScheduleScenario(bool board, string? config)
    {
        State = new GitHubState(Clock);
        Repository = State.AddRepository(Owner, Name);
        if (board)
        {
            Board = State.AddProject(Owner, 6, "Ecosystem applications").WithSingleSelectField("Status", "New", "In progress", "Done");
        }

        Server = new TestGitHubServer(State);
        Config = config ?? (board ? "ecosystem.board.yml" : "ecosystem.labels-only.yml");
    }

    public FakeTimeProvider Clock { get; } = new(At("2026-11-01T12:00-08:00"));

    public GitHubState State { get; }

    public Repository Repository { get; }

    public Project? Board { get; }

    public TestGitHubServer Server { get; }

    public string Config { get; }

    public static string FixturesDirectory => Path.Combine(ActionRun.RepositoryRoot(), "tests", "Ecosystem.Actions.Tests", "Commands", "Schedule", "Fixtures");

    public static string CompleteBody => File.ReadAllText(Path.Combine(FixturesDirectory, "complete.md"));

    public static string IncompleteBody => File.ReadAllText(Path.Combine(FixturesDirectory, "incomplete.md"));

    /// <param name="board">Whether the repository has a project board.</param>
    /// <param name="config">A configuration file in <see cref="FixturesDirectory"/>; by default the one matching <paramref name="board"/>.</param>
    public static async Task<ScheduleScenario> StartAsync(bool board = true, string? config = null)
    {
        var scenario = new ScheduleScenario(board, config);
        await scenario.Server.StartAsync();
        return scenario;
    }

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    /// <summary>An application as the form opens it (labelled New), on the board's backlog column when there is a board.</summary>
    public Issue AddApplication(string project, params string[] extraLabels) => AddApplicationWithBody(project, CompleteBody, extraLabels);

    public Issue AddApplicationWithBody(string project, string body, params string[] extraLabels) =>
        AddApplicationBy("applicant-" + project.ToLowerInvariant(), project, body, extraLabels);

    /// <summary>An application opened by <paramref name="author"/>.</summary>
    public Issue AddApplicationBy(string author, string project, string body, params string[] extraLabels)
    {
        var issue = Repository.AddIssue($"[Ecosystem] {project}", body, author, ["New", .. extraLabels]);
        Board?.AddItem(issue).WithValue("Status", "New");
        return issue;
    }

    /// <summary>Adds <paramref name="count"/> complete applications named P1, P2, … and returns them in issue order.</summary>
    public List<Issue> AddApplications(int count) => [.. Enumerable.Range(1, count).Select(i => AddApplication("P" + i.ToString(CultureInfo.InvariantCulture)))];

    public void SetClock(string iso) => Clock.SetUtcNow(At(iso));

    /// <summary>The program as the nightly workflow runs it (a fresh step each time, same workspace).</summary>
    public ActionRun Run()
    {
        if (_run is null)
        {
            _run = new ActionRun(Server, Clock).WithApplicationTemplate();
            _run.WithFile(".github/ecosystem.yml", File.ReadAllText(Path.Combine(FixturesDirectory, Config)));
        }

        return _run;
    }

    public Task<RunResult> NightlyAsync(params string[] args) => Run().RunAsync("schedule", EventPayloads.Schedule(), ["schedule", .. args]);

    public Task<RunResult> DispatchAsync(IReadOnlyDictionary<string, string> inputs) =>
        Run().RunAsync("workflow_dispatch", EventPayloads.WorkflowDispatch(inputs), "schedule");

    public async ValueTask DisposeAsync()
    {
        _run?.Dispose();
        await Server.DisposeAsync();
    }
}
