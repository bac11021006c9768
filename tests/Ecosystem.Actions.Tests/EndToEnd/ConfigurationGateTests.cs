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
        await using var world = await World.Create().WithRepository().WithConfiguration(World.Fixture("Configuration/Fixtures/three-mistakes.yml")).Runs(command).StartAsync();
        world.Repository.AddIssue("[Ecosystem] Widget", "body", "alice", ["New"]);

        var result = await world.DispatchAsync(new Dictionary<string, string>(), rest);

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
        Assert.IsEmpty(world.Server.Requests, "no request before the configuration is valid");
    }
}
