using System.Globalization;
using Ecosystem.TestServer;
using Ecosystem.TestServer.Logging;
using Ecosystem.TestServer.State;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.Actions.Tests.EndToEnd;

/// <summary>
/// The world of an end-to-end test: GitHub as the test server holds it (repository, people, issues, board), the
/// checkout (issue form, configuration), a fake clock, and the real program run in it for one command. Build it
/// fluently, start it, then run the command for an event and read the server's log:
/// <code>
/// await using var world = await World.Create().WithRepository().WithPeople().WithForm()
///     .WithConfiguration(World.People + "voting:\n  close-after-days: 0\n").Runs("tally").StartAsync();
/// var result = await world.OnCommentAsync(world.Say(world.AddApplication(), World.Staff, "/vote open"));
/// </code>
/// <see cref="Tally"/>, <see cref="Guard"/>, <see cref="Intake"/> and <see cref="Schedule"/> are the usual worlds of
/// each command, built the same way.
/// </summary>
public sealed class World : IAsyncDisposable
{
    /// <summary>The clock of every world when it starts (a Friday morning, UTC).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The login the token belongs to: the automation, a GitHub App (type Bot).</summary>
    public const string Automation = "ecosystem-bot[bot]";

    /// <summary>A member of the staff (listed by user in <see cref="People"/>).</summary>
    public const string Staff = "staff-alice";

    /// <summary>One member of the Working Group team <c>pytorch-fdn/ecosystem-wg</c> (bob, carol and dave).</summary>
    public const string WorkingGroupMember = "bob";

    /// <summary>The configuration's <c>people</c>: <see cref="Staff"/> by user, the Working Group by team.</summary>
    public const string People = """
        people:
          staff:
            users: ["staff-alice"]
          working-group:
            team: "pytorch-fdn/ecosystem-wg"

        """;

    /// <summary>Five Working Group members listed by user (no team to read), a vote closed only by staff.</summary>
    public const string FiveMembers = """
        people:
          staff:
            users: ["staff-alice"]
          working-group:
            users: ["bob", "carol", "dave", "erin", "frank"]
        voting:
          close-after-days: 0
        """;

    /// <summary>Where the checkout keeps the issue form.</summary>
    public const string FormPath = ".github/ISSUE_TEMPLATE/application.yml";

    /// <summary>A vote that closes only by <c>/vote close</c>.</summary>
    public const string Voting = """
        voting:
          close-after-days: 0
        """;

    private readonly Dictionary<string, Func<World, string>> _files = new(StringComparer.Ordinal);
    private readonly List<Action<ActionRun>> _runSetup = [];
    private ActionRun? _run;
    private TestGitHubServer? _server;
    private Repository? _repository;
    private ApplicationDefaults _application = new("[Ecosystem] TorchRender", string.Empty, "janedoe", ["New"]);

    private World(DateTimeOffset now)
    {
        Time = new FakeTimeProvider(now);
        State = new GitHubState(Time) { AuthenticatedLogin = Automation };
    }

    public FakeTimeProvider Time { get; }

    public GitHubState State { get; }

    public TestGitHubServer Server => _server ?? throw new InvalidOperationException("Start the world first (StartAsync).");

    /// <summary>The process repository, where applications are filed (see <see cref="WithRepository"/>).</summary>
    public Repository Repository => _repository ?? throw new InvalidOperationException("The world has no repository (WithRepository).");

    /// <summary>The project board, when the world has one (<see cref="WithBoard"/>).</summary>
    public Project? Board { get; private set; }

    /// <summary>The program in the checkout, as the workflow runs it (a fresh step each run, same workspace).</summary>
    public ActionRun Run => _run ?? throw new InvalidOperationException("Start the world first (StartAsync).");

    /// <summary>The command every run of this world starts (<see cref="Runs"/>).</summary>
    public string Command { get; private set; } = "validate";

    /// <summary>The text of <c>.github/ecosystem.yml</c> as last written to the checkout.</summary>
    public string Configuration { get; private set; } = string.Empty;

    /// <summary>The configuration's <c>requirements.package-indexes</c>, pointing PyPI and conda-forge at the server.</summary>
    public string PackageIndexes => $"""
        requirements:
          package-indexes:
            pypi: "{Server.ApiUri}"
            conda: "{Server.ApiUri}conda"

        """;

    public static World Create(DateTimeOffset? now = null) => new(now ?? Now);

    /// <summary><c>tally</c>'s world: <see cref="People"/> followed by <paramref name="configuration"/>; applications in review, filed by janedoe.</summary>
    public static World Tally(string configuration = Voting) =>
        Create().WithRepository().WithPeople().WithForm().WithConfiguration(People + configuration)
            .WithApplications(body: Fixture("Commands/Tally/Fixtures/application.md"), labels: ["In review"]).Runs("tally");

    /// <summary><c>guard</c>'s world: the guard fixtures' configuration; applications by alice for torchrender (maintainers janedoe and rajpatel).</summary>
    public static World Guard() =>
        Create().WithRepository().WithPeople().WithMaintainers().WithForm().WithConfiguration(Fixture("Commands/Guard/Fixtures/ecosystem.yml"))
            .WithApplications(body: Fixture("Commands/Guard/Fixtures/torchrender-application.md"), author: "alice", labels: []).Runs("guard");

    /// <summary>
    /// <c>validate</c>'s world: an applicant's repository <c>torchrender/torchrender</c> that meets every measurable
    /// requirement, both maintainers of the sample bodies as users, the package on PyPI, and a configuration that
    /// points the package indexes at the server.
    /// </summary>
    public static World Intake() =>
        Create().WithRepository().WithMaintainers().WithApplicantRepository().WithForm()
            .WithConfiguration(world => world.PackageIndexes).Runs("validate");

    /// <summary>
    /// <c>schedule</c>'s world, on 2026-11-01 in Los Angeles. Sessions are monthly (2nd Tuesday, 09:00 Los Angeles:
    /// 2026-12-08, 2027-01-12, …). <paramref name="configuration"/> is a file of <c>Commands/Schedule/Fixtures</c>;
    /// by default the one matching <paramref name="board"/>.
    /// </summary>
    public static World Schedule(bool board = true, string? configuration = null)
    {
        var world = Create(At("2026-11-01T12:00-08:00")).WithRepository().WithForm()
            .WithConfiguration(Fixture("Commands/Schedule/Fixtures/" + (configuration ?? (board ? "ecosystem.board.yml" : "ecosystem.labels-only.yml"))))
            .Runs("schedule");
        return board ? world.WithBoard() : world;
    }

    /// <summary>The process repository (by default <c>pytorch-fdn/ecosystem</c>); the program runs for it.</summary>
    public World WithRepository(string owner = "pytorch-fdn", string name = "ecosystem")
    {
        _repository = State.FindRepository(owner, name) ?? State.AddRepository(owner, name);
        return this;
    }

    /// <summary><see cref="Staff"/> as a user, and the Working Group team <c>pytorch-fdn/ecosystem-wg</c> (bob, carol, dave).</summary>
    public World WithPeople()
    {
        State.AddUser(Staff);
        State.AddTeam("pytorch-fdn", "ecosystem-wg").WithMembers(WorkingGroupMember, "carol", "dave");
        return this;
    }

    /// <summary>The maintainers the sample applications list, janedoe and rajpatel, as GitHub users.</summary>
    public World WithMaintainers()
    {
        State.AddUser("janedoe");
        State.AddUser("rajpatel");
        return this;
    }

    /// <summary><c>torchrender/torchrender</c> meeting every measurable requirement, and its package on PyPI.</summary>
    public World WithApplicantRepository()
    {
        var applicant = State.AddRepository("torchrender", "torchrender")
            .WithStars(350)
            .WithLicense("BSD-3-Clause")
            .WithFiles("LICENSE", "README.md", "CONTRIBUTING.md", ".github/CODEOWNERS", "CODE_OF_CONDUCT.md", ".github/workflows/ci.yml");
        string[] authors = ["janedoe", "rajpatel", "carol", "dave", "erin"];
        var now = Time.GetUtcNow();
        for (var i = 0; i < 30; i++)
        {
            var login = authors[i % authors.Length];
            applicant.WithCommit(now.AddDays(-1 - i), $"{login}@example.org", login);
        }

        State.AddPyPIPackage("torchrender", "0.4.0");
        return this;
    }

    /// <summary>The project board <c>pytorch-fdn</c> #6 with a Status field (New, In progress, Done); applications are put on it.</summary>
    public World WithBoard()
    {
        Board = State.AddProject("pytorch-fdn", 6, "Ecosystem applications").WithSingleSelectField("Status", "New", "In progress", "Done");
        return this;
    }

    /// <summary>The repository's own issue form in the checkout.</summary>
    public World WithForm() => WithFile(FormPath, Form);

    /// <summary>A checkout without the issue form (as if the workflow forgot <c>actions/checkout</c>).</summary>
    public World WithoutForm()
    {
        _files.Remove(FormPath);
        if (_run is not null)
        {
            File.Delete(Path.Combine(_run.Workspace, FormPath));
        }

        return this;
    }

    /// <summary>The checkout's <c>.github/ecosystem.yml</c>: exactly <paramref name="yaml"/>.</summary>
    public World WithConfiguration(string yaml) => WithConfiguration(_ => yaml);

    /// <summary>The checkout's <c>.github/ecosystem.yml</c>, computed when the server is up (for its addresses).</summary>
    public World WithConfiguration(Func<World, string> yaml) =>
        WithFile(".github/ecosystem.yml", world => world.Configuration = yaml(world));

    public World WithFile(string relativePath, string content) => WithFile(relativePath, _ => content);

    /// <summary>How <see cref="AddApplication(string, string[])"/> files an application unless told otherwise.</summary>
    public World WithApplications(string? title = null, string? body = null, string? author = null, string[]? labels = null)
    {
        _application = new ApplicationDefaults(title ?? _application.Title, body ?? _application.Body, author ?? _application.Author, labels ?? _application.Labels);
        return this;
    }

    /// <summary>Seeds GitHub directly.</summary>
    public World Seed(Action<GitHubState> seed)
    {
        seed(State);
        return this;
    }

    /// <summary>Sets up the program's step (inputs, resilience, catalog) once the server is up.</summary>
    public World WithRun(Action<ActionRun> setup)
    {
        _runSetup.Add(setup);
        if (_run is not null)
        {
            setup(_run);
        }

        return this;
    }

    /// <summary>The command each run starts (<c>validate</c>, <c>tally</c>, <c>schedule</c>, <c>guard</c>, …).</summary>
    public World Runs(string command)
    {
        Command = command;
        return this;
    }

    /// <summary>Starts the server and writes the checkout.</summary>
    public async Task<World> StartAsync()
    {
        _server = new TestGitHubServer(State);
        await _server.StartAsync();
        _run = new ActionRun(_server, Time, _repository is null ? "pytorch-fdn/ecosystem" : $"{_repository.Owner}/{_repository.Name}");
        foreach (var (path, content) in _files)
        {
            _run.WithFile(path, content(this));
        }

        foreach (var setup in _runSetup)
        {
            setup(_run);
        }

        return this;
    }

    /// <summary>An application filed as <see cref="WithApplications"/> says; with no <paramref name="labels"/>, its labels.</summary>
    public Issue AddApplication(string? title = null, params string[] labels) =>
        FileApplication(title ?? _application.Title, _application.Body, _application.Author, labels.Length == 0 ? _application.Labels : labels);

    /// <summary>An application opened at <paramref name="at"/> with exactly <paramref name="labels"/>.</summary>
    public Issue AddApplication(DateTimeOffset at, params string[] labels) =>
        FileApplication(_application.Title, _application.Body, _application.Author, labels, at);

    /// <summary>An application with <paramref name="body"/>, by janedoe, labelled New unless <paramref name="labels"/> say otherwise.</summary>
    public Issue Apply(string body, string title = "[Ecosystem] TorchRender", params string[] labels) =>
        FileApplication(title, body, "janedoe", labels.Length == 0 ? ["New"] : labels);

    /// <summary>A complete application for <paramref name="project"/> as the form opens it (labelled New), by applicant-<paramref name="project"/>.</summary>
    public Issue AddApplicationFor(string project, params string[] extraLabels) => AddApplicationWithBody(project, CompleteBody, extraLabels);

    public Issue AddApplicationWithBody(string project, string body, params string[] extraLabels) =>
        AddApplicationBy("applicant-" + project.ToLowerInvariant(), project, body, extraLabels);

    public Issue AddApplicationBy(string author, string project, string body, params string[] extraLabels) =>
        FileApplication($"[Ecosystem] {project}", body, author, ["New", .. extraLabels]);

    /// <summary>Adds <paramref name="count"/> complete applications named P1, P2, … and returns them in issue order.</summary>
    public List<Issue> AddApplications(int count) => [.. Enumerable.Range(1, count).Select(i => AddApplicationFor("P" + i.ToString(CultureInfo.InvariantCulture)))];

    /// <summary>Posts a comment a minute after the previous event.</summary>
    public Comment Say(Issue issue, string author, string body)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        return issue.AddComment(author, body);
    }

    /// <summary>A whole vote: staff opens it, each voter's ballot a minute apart, staff closes it; returns the close.</summary>
    public Comment VoteAndClose(Issue issue, params (string Voter, string Ballot)[] ballots)
    {
        Say(issue, Staff, "/vote open");
        foreach (var (voter, ballot) in ballots)
        {
            Say(issue, voter, ballot);
        }

        return Say(issue, Staff, "/vote close");
    }

    public void SetClock(string iso) => Time.SetUtcNow(At(iso));

    /// <summary>Moves the clock to <paramref name="days"/> days after <see cref="Now"/>.</summary>
    public void DaysAfterStart(int days) => Time.SetUtcNow(Now.AddDays(days));

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    /// <summary>Runs the command for <paramref name="eventName"/> with <paramref name="payload"/>.</summary>
    public Task<RunResult> RunAsync(string eventName, object payload, params string[] args) =>
        Run.RunAsync(eventName, payload, [Command, .. args]);

    public Task<RunResult> OpenedAsync(Issue issue, params string[] args) => RunAsync("issues", EventPayloads.Issues("opened", issue), args);

    public Task<RunResult> EditedAsync(Issue issue, params string[] args) => RunAsync("issues", EventPayloads.Issues("edited", issue), args);

    public Task<RunResult> LabelChangedAsync(Issue issue, string label, string sender, bool added = true, params string[] args) =>
        RunAsync("issues", EventPayloads.Issues(added ? "labeled" : "unlabeled", issue, sender, label), args);

    /// <summary>Runs the command for the creation of <paramref name="comment"/>, as the issue_comment workflow would.</summary>
    public Task<RunResult> OnCommentAsync(Comment comment, params string[] args) =>
        RunAsync("issue_comment", EventPayloads.IssueComment("created", comment.Issue, comment), args);

    public Task<RunResult> NightlyAsync(params string[] args) => RunAsync("schedule", EventPayloads.Schedule(), args);

    public Task<RunResult> DispatchAsync(string issue, params string[] args) =>
        DispatchAsync(new Dictionary<string, string> { ["issue"] = issue }, args);

    public Task<RunResult> DispatchAsync(IReadOnlyDictionary<string, string> inputs, params string[] args) =>
        RunAsync("workflow_dispatch", EventPayloads.WorkflowDispatch(inputs), args);

    /// <summary>Someone edits the issue body through the API, as GitHub would record it.</summary>
    public async Task EditBodyAsync(Issue issue, string body)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Patch, new Uri(Server.RestUri, $"repos/{Repository.Owner}/{Repository.Name}/issues/{issue.Number}"))
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { body }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Authorization", "token " + ActionRun.Token);
        request.Headers.Add("User-Agent", "world-test");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The automation's comments on <paramref name="issue"/>.</summary>
    public IReadOnlyList<Comment> OwnComments(Issue issue) => CommentsBy(issue, Automation);

    public static IReadOnlyList<Comment> CommentsBy(Issue issue, string author) =>
        [.. issue.Comments.Where(c => string.Equals(c.Author, author, StringComparison.Ordinal))];

    /// <summary>How often the run read <paramref name="issue"/>'s comments over REST.</summary>
    public static int CommentReads(RunResult result, Issue issue) =>
        result.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith($"/issues/{issue.Number}/comments", StringComparison.Ordinal));

    /// <summary>How often the run read a team's members.</summary>
    public static int MembershipReads(RunResult result) =>
        result.Requests.Count(r => r.Method == "GET" && r.Path.Contains("/teams/", StringComparison.Ordinal));

    /// <summary>The run's writes, one <c>METHOD path</c> a line: for assertion messages.</summary>
    public static string Writes(RunResult result) => string.Join("\n", result.WriteRequests.Select(Describe));

    /// <summary>A file of this test project (<c>tests/Ecosystem.Actions.Tests/<paramref name="relativePath"/></c>).</summary>
    public static string Fixture(string relativePath) => File.ReadAllText(FixturePath(relativePath));

    public static string FixturePath(string relativePath) =>
        Path.Combine(ActionRun.RepositoryRoot(), "tests", "Ecosystem.Actions.Tests", relativePath);

    /// <summary>A sample application body from the domain tests' corpus (<c>tests/Ecosystem.Domain.Tests/Intake/Bodies</c>).</summary>
    public static string Body(string name) => File.ReadAllText(BodyPath(name));

    public static string BodyPath(string name) =>
        Path.Combine(ActionRun.RepositoryRoot(), "tests", "Ecosystem.Domain.Tests", "Intake", "Bodies", name + ".md");

    /// <summary>The repository's own issue form, as the checkout holds it.</summary>
    public static string Form => File.ReadAllText(Path.Combine(ActionRun.RepositoryRoot(), FormPath));

    /// <summary>The schedule fixtures' complete application body.</summary>
    public static string CompleteBody => Fixture("Commands/Schedule/Fixtures/complete.md");

    public static string IncompleteBody => Fixture("Commands/Schedule/Fixtures/incomplete.md");

    public async ValueTask DisposeAsync()
    {
        _run?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static string Describe(RecordedRequest request) => $"{request.Method} {request.Path}";

    private World WithFile(string relativePath, Func<World, string> content)
    {
        _files[relativePath] = content;
        _run?.WithFile(relativePath, content(this));
        return this;
    }

    private Issue FileApplication(string title, string body, string author, IReadOnlyList<string> labels, DateTimeOffset? at = null)
    {
        var issue = Repository.AddIssue(title, body, author, labels, at);
        Board?.AddItem(issue).WithValue("Status", "New");
        return issue;
    }

    private sealed record ApplicationDefaults(string Title, string Body, string Author, string[] Labels);
}
