using Ecosystem.Actions.Commands.Guard;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Tests.Commands.Guard;

[TestClass]
public sealed class LabelEventsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public void Only_label_changes_are_kept_in_time_order_with_bots_recognised()
    {
        var events = LabelEvents.From(
        [
            new IssueEventRecord(3, "unlabeled", World.Automation, "Accepted", At.AddMinutes(2)),
            new IssueEventRecord(1, "closed", "alice", null, At),
            new IssueEventRecord(2, "labeled", "mallory", "Accepted", At.AddMinutes(1)),
            new IssueEventRecord(4, "assigned", "alice", null, At.AddMinutes(3)),
        ]);

        Assert.HasCount(2, events);
        Assert.AreEqual(new Ecosystem.Domain.Guardians.LabelEvent("Accepted", true, "mallory", false, At.AddMinutes(1)), events[0]);
        Assert.AreEqual(new Ecosystem.Domain.Guardians.LabelEvent("Accepted", false, World.Automation, true, At.AddMinutes(2)), events[1]);
    }
}
