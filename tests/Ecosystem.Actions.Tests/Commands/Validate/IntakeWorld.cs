using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.TestServer;
using Ecosystem.TestServer.State;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.Actions.Tests.Commands.Validate;

/// <summary>
/// The test server seeded for intake: the process repository <c>pytorch-fdn/ecosystem</c>, and an applicant's
/// repository <c>torchrender/torchrender</c> that meets every measurable requirement, with both maintainers of the
/// sample bodies as GitHub users and the package on PyPI. The workspace holds the issue form and a configuration
/// pointing the package indexes at the server.
/// </summary>
public sealed class IntakeWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private IntakeWorld(GitHubState state, TestGitHubServer server)
    {
        State = state;
        Server = server;
        Process = state.Repository("pytorch-fdn", "ecosystem");
        Run = new ActionRun(server, state.Time);
        Run.WithApplicationTemplate();
        WithConfiguration(string.Empty);
    }

    public GitHubState State { get; }

    public TestGitHubServer Server { get; }

    public Repository Process { get; }

    public ActionRun Run { get; }

    public static async Task<IntakeWorld> StartAsync()
    {
        var state = new GitHubState(new FakeTimeProvider(Now));
        state.AddRepository("pytorch-fdn", "ecosystem");
        state.AddUser("janedoe");
        state.AddUser("rajpatel");
        var applicant = state.AddRepository("torchrender", "torchrender")
            .WithStars(350)
            .WithLicense("BSD-3-Clause")
            .WithFiles("LICENSE", "README.md", "CONTRIBUTING.md", ".github/CODEOWNERS", "CODE_OF_CONDUCT.md", ".github/workflows/ci.yml");
        string[] authors = ["janedoe", "rajpatel", "carol", "dave", "erin"];
        for (var i = 0; i < 30; i++)
        {
            var login = authors[i % authors.Length];
            applicant.WithCommit(Now.AddDays(-1 - i), $"{login}@example.org", login);
        }

        state.AddPyPIPackage("torchrender", "0.4.0");
        var server = new TestGitHubServer(state);
        await server.StartAsync();
        return new IntakeWorld(state, server);
    }

    /// <summary>The workspace's <c>.github/ecosystem.yml</c>: the package indexes of the server, plus <paramref name="more"/>.</summary>
    public IntakeWorld WithConfiguration(string more)
    {
        Run.WithFile(".github/ecosystem.yml", $"""
            requirements:
              package-indexes:
                pypi: "{Server.ApiUri}"
                conda: "{Server.ApiUri}conda"
            {more}
            """);
        return this;
    }

    /// <summary>A sample application body from the domain tests' corpus (<c>tests/Ecosystem.Domain.Tests/Intake/Bodies</c>).</summary>
    public static string Body(string name) => File.ReadAllText(BodyPath(name));

    public static string BodyPath(string name) =>
        Path.Combine(ActionRun.RepositoryRoot(), "tests", "Ecosystem.Domain.Tests", "Intake", "Bodies", name + ".md");

    public Issue Apply(string body, string title = "[Ecosystem] TorchRender", params string[] labels) =>
        Process.AddIssue(title, body, "janedoe", labels.Length == 0 ? ["New"] : labels);

    public Task<RunResult> OpenedAsync(Issue issue, params string[] args) =>
        Run.RunAsync("issues", EventPayloads.Issues("opened", issue), ["validate", .. args]);

    public Task<RunResult> EditedAsync(Issue issue, params string[] args) =>
        Run.RunAsync("issues", EventPayloads.Issues("edited", issue), ["validate", .. args]);

    public Task<RunResult> DispatchAsync(string issue, params string[] args) =>
        Run.RunAsync("workflow_dispatch", EventPayloads.WorkflowDispatch(new Dictionary<string, string> { ["issue"] = issue }), ["validate", .. args]);

    /// <summary>The applicant edits the issue body, through the API as GitHub would record it.</summary>
    public async Task EditBodyAsync(Issue issue, string body)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Patch, new Uri(Server.RestUri, $"repos/pytorch-fdn/ecosystem/issues/{issue.Number}"))
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { body }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Authorization", "token " + ActionRun.Token);
        request.Headers.Add("User-Agent", "intake-test");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Run.Dispose();
        await Server.DisposeAsync();
    }
}
