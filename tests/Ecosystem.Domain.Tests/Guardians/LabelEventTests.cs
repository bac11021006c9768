using Ecosystem.Domain.Guardians;

namespace Ecosystem.Domain.Tests.Guardians;

[TestClass]
public sealed class LabelEventTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public void The_triggering_change_is_the_senders_latest_in_that_direction_or_else_the_payloads()
    {
        IReadOnlyList<LabelEvent> timeline =
        [
            new("Accepted", true, "mallory", At),
            new("accepted", true, "mallory", At.AddHours(1)),
            new("Accepted", true, "alice", At.AddHours(2)),
        ];

        Assert.AreEqual(At.AddHours(1), LabelEvent.Triggering(timeline, "Accepted", true, "mallory", At.AddDays(1)).At);
        var fromPayload = LabelEvent.Triggering(timeline, "Accepted", false, "mallory", At.AddDays(1));
        Assert.AreEqual(At.AddDays(1), fromPayload.At);
        Assert.IsFalse(fromPayload.Added);
    }
}
