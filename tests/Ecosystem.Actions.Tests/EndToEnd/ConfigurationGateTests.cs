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

    /// <summary>
    /// A wrong value from an environment variable or an override is no line of the file: its error was annotated on the file
    /// (where GitHub showed it at the file's top, as if the file were wrong) and told to fix the file; now it names only the
    /// value, and a problem of the file beside it keeps its place.
    /// </summary>
    [TestMethod]
    public async Task A_wrong_value_from_a_variable_or_an_override_is_not_annotated_on_the_file()
    {
        await using var world = await World.Create().WithRepository().WithConfiguration("voting:\n  remind-after-days: 2\n").Runs("tally")
            .StartAsync();
        world.Run.Environment["ECOSYSTEM_VOTING__CLOSE_AFTER_DAYS"] = "-1";

        var fromElsewhere = await world.DispatchAsync(new Dictionary<string, string>(), "--issue", "1", "--set", "sessions.lead-days=x");
        world.Run.WithFile(".github/ecosystem.yml", "voting:\n  remind-after-days: two\n");
        var withTheFile = await world.DispatchAsync(new Dictionary<string, string>(), "--issue", "1");

        Assert.AreEqual((2, 2), (fromElsewhere.ExitCode, withTheFile.ExitCode), fromElsewhere.ToString());
        var errors = fromElsewhere.Stdout.Split('\n').Where(l => l.StartsWith("::error", StringComparison.Ordinal)).ToList();
        CollectionAssert.AreEqual(
            new[]
            {
                "::error title=Configuration::sessions.lead-days: `x` is not a whole number (from override `sessions.lead-days=x`)",
                "::error title=Configuration::voting.close-after-days: `-1` is negative; use 0 or more "
                    + "(from environment variable `ECOSYSTEM_VOTING__CLOSE_AFTER_DAYS`)",
                "::error::The configuration has 2 problems; nothing was done. Fix the values named above and run again.",
            },
            errors,
            fromElsewhere.Stdout);
        const string InTheFile = "::error title=Configuration,file=.github/ecosystem.yml,line=2,col=3::";
        StringAssert.Contains(withTheFile.Stdout, InTheFile + "voting.remind-after-days: `two` is not a whole number");
        StringAssert.Contains(withTheFile.Stdout, "Fix .github/ecosystem.yml and run again.");
    }
}
