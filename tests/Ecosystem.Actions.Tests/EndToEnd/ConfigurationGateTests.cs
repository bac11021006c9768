using Ecosystem.TestServer;
using Ecosystem.TestServer.State;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.Actions.Tests.EndToEnd;

/// <summary>A wrong configuration stops every command before a single request reaches GitHub.</summary>
[TestClass]
public sealed class ConfigurationGateTests
{
    [TestMethod]
    [DataRow("validate", "--issue", "1")]
    [DataRow("schedule")]
    [DataRow("tally", "--issue", "1")]
    [DataRow("guard")]
    public async Task Three_mistakes_give_three_errors_with_key_paths_exit_2_and_no_request(string command, params string[] rest)
    {
        var state = new GitHubState();
        state.AddRepository("pytorch-fdn", "ecosystem").AddIssue("[Ecosystem] Widget", "body", "alice", ["New"]);
        await using var server = new TestGitHubServer(state);
        await server.StartAsync();
        using var run = new ActionRun(server, new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));
        run.WithFile(".github/ecosystem.yml", File.ReadAllText(Path.Combine(ActionRun.RepositoryRoot(), "tests", "Ecosystem.Actions.Tests", "Configuration", "Fixtures", "three-mistakes.yml")));

        var result = await run.RunAsync("workflow_dispatch", EventPayloads.WorkflowDispatch(new Dictionary<string, string>()), [command, .. rest]);

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        var problems = result.Stdout.Split('\n').Where(l => l.StartsWith("::error title=Configuration", StringComparison.Ordinal)).ToList();
        Assert.HasCount(3, problems, result.Stdout);
        StringAssert.Contains(problems[0], "file=.github/ecosystem.yml");
        CollectionAssert.AreEqual(
            new[]
            {
                "unknown key `sesions` (did you mean `sessions`?)",
                "sessions.lead-days: `two` is not a whole number",
                "sessions.batch.max (5) is below sessions.batch.min (7)",
            },
            problems.Select(p => p[(p.IndexOf("::", 2, StringComparison.Ordinal) + 2)..]).ToArray());
        Assert.IsEmpty(server.Requests, "no request before the configuration is valid");
    }
}
