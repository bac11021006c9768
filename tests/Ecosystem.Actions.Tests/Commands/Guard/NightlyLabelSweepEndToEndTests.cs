using Ecosystem.Actions.Tests.EndToEnd;

namespace Ecosystem.Actions.Tests.Commands.Guard;

/// <summary>The nightly guard undoes label changes whose event run failed or was dropped.</summary>
[TestClass]
public sealed class NightlyLabelSweepEndToEndTests
{
    [TestMethod]
    public async Task An_outsiders_Accepted_whose_event_run_was_lost_is_reverted_by_the_nightly_guard_and_a_rerun_writes_nothing()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-3), "New");
        issue.AddLabel("Accepted", "mallory");
        scenario.Time.Advance(TimeSpan.FromHours(20)); // the labeled event's run never happened

        var night = await scenario.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        CollectionAssert.AreEqual(new[] { "New" }, issue.Labels.ToArray());
        StringAssert.Contains(World.CommentsBy(issue, World.Automation).Single().Body, "set by PyTorch Foundation staff and members of the Ecosystem Working Group");
        CollectionAssert.AreEqual(new[] { "POST", "DELETE" }, night.WriteRequests.Select(r => r.Method).ToArray(), night.ToString());
        StringAssert.Contains(night.Stdout, "undid @mallory adding label 'Accepted'");
        Assert.AreEqual($"[{issue.Number}]", night.Outputs["changed"]);

        scenario.Time.Advance(TimeSpan.FromDays(1));
        var rerun = await scenario.NightlyAsync();

        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        Assert.IsEmpty(rerun.WriteRequests, rerun.ToString());
        Assert.HasCount(1, World.CommentsBy(issue, World.Automation));
    }

    [TestMethod]
    public async Task A_later_change_by_staff_stands_and_changes_older_than_a_week_are_not_revisited()
    {
        await using var scenario = await World.Guard().StartAsync();
        var decided = scenario.AddApplication(World.Now.AddDays(-20), "New");
        decided.AddLabel("Accepted", "mallory", World.Now.AddDays(-2));
        decided.RemoveLabel("Accepted", World.Staff, World.Now.AddDays(-1));
        decided.AddLabel("Accepted", World.Staff, World.Now.AddDays(-1));
        var old = scenario.AddApplication(World.Now.AddDays(-30), "New");
        old.AddLabel("question", "mallory", World.Now.AddDays(-8));

        var night = await scenario.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        Assert.IsEmpty(night.WriteRequests, night.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "Accepted" }, decided.Labels.ToArray());
        CollectionAssert.AreEquivalent(new[] { "New", "question" }, old.Labels.ToArray());
    }
}
