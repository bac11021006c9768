using Ecosystem.Domain.Guardians;

namespace Ecosystem.Domain.Tests.Guardians;

/// <summary>How long a conversation was locked: the days the stale waits give back to the applicant.</summary>
[TestClass]
public sealed class LockEventTests
{
    private static DateTimeOffset From => Given.Opened;

    [TestMethod]
    public void Only_the_locked_time_between_the_two_moments_counts_rounded_up_to_whole_days()
    {
        LockEvent[] events =
        [
            new(true, From.AddDays(-3)), new(false, From.AddHours(12)),
            new(true, From.AddDays(5)), new(false, From.AddDays(7).AddHours(1)),
        ];

        Assert.AreEqual(3, LockEvent.LockedDays(events, From, From.AddDays(30)), "half a day, then two days and an hour");
        Assert.AreEqual(0, LockEvent.LockedDays(events, From.AddDays(1), From.AddDays(5)));
    }

    [TestMethod]
    public void A_lock_whose_unlock_is_not_read_yet_lasts_until_the_end()
    {
        LockEvent[] events = [new(true, From.AddDays(2))];

        Assert.AreEqual(8, LockEvent.LockedDays(events, From, From.AddDays(10)));
    }
}
