using Ecosystem.Actions.Tests.Runtime;

namespace Ecosystem.Actions.Tests.EndToEnd;

/// <summary>A title with command lines and raw control characters, through every command run against the test server.</summary>
[TestClass]
public sealed class HostileOutputEndToEndTests
{
    private const string Marker = "PWNED";

    // What the program itself writes: annotations, groups, debug lines and the token's mask.
    private static readonly string[] OwnCommands = ["add-mask", "debug", "notice", "warning", "error", "group", "endgroup"];

    private static void AssertInert(RunResult result, bool titlePrinted)
    {
        RunnerReading.AssertObeysNothingHostile(result.Stdout, Marker, OwnCommands);
        RunnerReading.AssertObeysNothingHostile(result.Stderr, Marker);
        if (titlePrinted)
        {
            StringAssert.Contains(result.Stdout, Marker, "the title went through the output: " + result);
        }
    }

    [TestMethod]
    public async Task Validate_prints_the_title_inert()
    {
        await using var world = await World.Intake().StartAsync();
        var issue = world.Apply(World.Body("complete"), RunnerReading.HostileTitle);

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        AssertInert(result, titlePrinted: true);
    }

    [TestMethod]
    public async Task Schedule_prints_the_title_inert()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issue = scenario.Repository.AddIssue(RunnerReading.HostileTitle, World.CompleteBody, "applicant", ["New"]);
        scenario.Board?.AddItem(issue).WithValue("Status", "New");
        scenario.SetClock("2026-12-29T12:00-08:00");

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        AssertInert(result, titlePrinted: true);
    }

    [TestMethod]
    public async Task Tally_prints_nothing_the_runner_obeys()
    {
        await using var world = await World.Tally().StartAsync();
        var issue = world.AddApplication(RunnerReading.HostileTitle);
        var open = world.Say(issue, World.Staff, "/vote open");

        var result = await world.OnCommentAsync(open);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        AssertInert(result, titlePrinted: false);
    }

    [TestMethod]
    public async Task Guard_prints_the_title_inert()
    {
        await using var scenario = await World.Guard().StartAsync();
        scenario.Repository.AddIssue(RunnerReading.HostileTitle, World.Fixture("Commands/Guard/Fixtures/torchrender-application.md"), "alice", ["Accepted"], World.Now.AddMonths(-1));

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        AssertInert(result, titlePrinted: true);
    }
}
