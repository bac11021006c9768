using Ecosystem.Actions.Tests.EndToEnd;

namespace Ecosystem.Actions.Tests.Commands.Tally;

/// <summary>The tally's step summary (the <c>tally-summary</c> template) against its golden file.</summary>
[TestClass]
public sealed class TallySummaryTests
{
    [TestMethod]
    public async Task A_nightly_summary_lists_each_application_and_the_tally_as_posted()
    {
        await using var world = await World.Tally().StartAsync();
        var voting = world.AddApplication("[Ecosystem] TorchRender", "in voting");
        world.AddApplication("[Ecosystem] TorchWidget | with a pipe", "In review");
        world.Say(voting, World.Staff, "/vote open");
        world.Say(voting, "bob", "/vote approve");
        world.Say(voting, "carol", "/vote decline no GPU tests in CI");

        var result = await world.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        GoldenFile.AssertMatches("tally-summary-nightly", result.Summary);
    }
}
