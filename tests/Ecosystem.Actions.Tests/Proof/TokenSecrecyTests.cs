using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.TestServer.Faults;

namespace Ecosystem.Actions.Tests.Proof;

/// <summary>The token reaches GitHub and the runner's mask list, and nothing else the program prints.</summary>
[TestClass]
public sealed class TokenSecrecyTests
{
    [TestMethod]
    [DataRow("validate", "--issue", "1")]
    [DataRow("schedule")]
    [DataRow("tally", "--issue", "1")]
    [DataRow("guard")]
    public async Task The_token_is_never_printed_even_when_GitHub_fails(string command, params string[] rest)
    {
        await using var world = await World.Create().WithRepository().WithForm().Runs(command).StartAsync();
        var server = world.Server;
        world.Repository.AddIssue("[Ecosystem] Widget", "### Contact emails\n\na@b.org", "alice", ["New"]);
        // Every answer is a 401 naming the credential, the worst case for an error message that echoes a response.
        server.Faults.Add("any", "any", FaultHits.Always, Fault.Status(401, $"Bad credentials: {ActionRun.Token}"));
        world.Run.Environment["RUNNER_DEBUG"] = "1";

        var result = await world.DispatchAsync(new Dictionary<string, string>(), rest);

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var lines = (result.Stdout + result.Stderr + result.Summary + string.Join('\n', result.Outputs.Values)).Split('\n');
        Assert.AreEqual($"::add-mask::{ActionRun.Token}", lines[0], "the mask is the first line");
        var leaks = lines.Skip(1).Where(line => line.Contains(ActionRun.Token, StringComparison.Ordinal)).ToList();
        Assert.IsEmpty(leaks, string.Join('\n', leaks));
        Assert.IsTrue(lines.Any(line => line.Contains("Bad credentials: ***", StringComparison.Ordinal)), "the failure is reported, with the token masked:\n" + result);
        Assert.IsTrue(server.Requests.All(r => r.Token == ActionRun.Token), "GitHub itself does get the token");
    }

    [TestMethod]
    public async Task A_primary_rate_limit_resetting_in_an_hour_fails_the_run_clearly_with_exit_1()
    {
        await using var world = await World.Create(DateTimeOffset.UtcNow).WithRepository().WithForm().Runs("validate").StartAsync();
        var server = world.Server;
        world.Repository.AddIssue("[Ecosystem] Widget", "### Contact emails\n\na@b.org", "alice", ["New"]);
        server.Faults.Add("any", "any", FaultHits.Always, Fault.PrimaryRateLimit(DateTimeOffset.UtcNow.AddHours(1)));

        var result = await world.DispatchAsync(new Dictionary<string, string>(), "--issue", "1");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        var error = result.Stdout.Split('\n').Single(l => l.StartsWith("::error", StringComparison.Ordinal) && l.Contains("rate limit", StringComparison.OrdinalIgnoreCase));
        StringAssert.Contains(error, "resets at");
        Assert.HasCount(1, server.Requests, "no retry against an exhausted primary limit");
    }
}
