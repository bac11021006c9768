using Ecosystem.Domain.Guardians;
using static Ecosystem.Domain.Tests.Guardians.Given;

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

    [TestMethod]
    public void A_label_the_guard_put_back_after_an_outsiders_removal_keeps_its_earlier_add()
    {
        LabelEvent[] restoredTwice =
        [
            Added("Accepted", "alice", At), Removed("accepted", "mallory", At.AddDays(1)), Added("Accepted", Automation, At.AddDays(1)),
            Removed("Accepted", "mallory", At.AddDays(2)), Added("Accepted", Automation, At.AddDays(3)),
        ];

        Assert.AreEqual(At, LabelEvent.LastAdded(restoredTwice, "Accepted", People), "the nightly sweep's restore, a day later, is no add either");
        Assert.AreEqual(At.AddDays(3), LabelEvent.LastAdded(restoredTwice, "Accepted", People with { Staff = ["alice", "mallory"] }));
    }

    /// <summary>The guard keeps an outsider's add that only puts back what an outsider took off: the add before it stands.</summary>
    [TestMethod]
    public void A_label_an_outsider_put_back_after_an_outsiders_removal_keeps_its_earlier_add()
    {
        LabelEvent[] putBack =
            [Added("Accepted", "alice", At), Removed("Accepted", "mallory", At.AddDays(1)), Added("Accepted", "eve", At.AddDays(2))];

        Assert.AreEqual(At, LabelEvent.LastAdded(putBack, "Accepted", People));
    }

    /// <summary>A change stood when the label stayed so longer than the sweep's week; the latest is the one being judged.</summary>
    [TestMethod]
    public void A_change_stood_when_the_next_came_more_than_the_sweeps_week_later()
    {
        LabelEvent[] changes =
            [Added("Accepted", "dave", At), Removed("Accepted", "mallory", At.AddDays(8)), Added("Accepted", "mallory", At.AddDays(15))];

        CollectionAssert.AreEqual(new[] { true, false, false }, LabelEvent.Standing(changes).Select(c => c.Stood).ToArray());
    }

    /// <summary>
    /// dave, in the Working Group then, took the waiting label off when the applicant answered; a month later intake put it
    /// on again. dave's removal stood (the guard lets such a change stand, <see cref="LabelEvent.Standing"/>), so intake's
    /// add is its own, not the guard putting staff's old label back: the wait runs from it and intake may take it off.
    /// </summary>
    [TestMethod]
    public void An_add_after_a_removal_that_stood_is_new_though_who_removed_it_has_left_the_working_group()
    {
        LabelEvent[] readded =
        [
            Added("Waiting on comment", "alice", At),
            Removed("Waiting on comment", "dave", At.AddDays(10)),
            Added("Waiting on comment", Automation, At.AddDays(40)),
        ];

        Assert.AreEqual(Automation, LabelEvent.LastAddition(readded, "Waiting on comment", People)?.Actor);
        Assert.AreEqual(At.AddDays(40), LabelEvent.LastAdded(readded, "Waiting on comment", People));
    }

    [TestMethod]
    public void Staff_adding_a_label_again_after_an_outsiders_removal_the_guard_never_undid_is_a_new_add()
    {
        LabelEvent[] relabelled = [Added("Accepted", "alice", At), Removed("Accepted", "mallory", At.AddDays(1)), Added("Accepted", "alice", At.AddDays(40))];

        Assert.AreEqual(At.AddDays(40), LabelEvent.LastAdded(relabelled, "Accepted", People));
    }

    /// <summary>The guard undoes a removal within its sweep's week; a removal older than that stood (dave has left the Working Group since).</summary>
    [TestMethod]
    public void The_automation_adding_a_label_again_beyond_the_sweeps_reach_of_an_untrusted_removal_is_a_new_add()
    {
        LabelEvent[] askedAgain = [Added("Waiting", Automation, At), Removed("Waiting", "dave", At.AddDays(5)), Added("Waiting", Automation, At.AddDays(100))];
        LabelEvent[] restoredLate = [Added("Waiting", Automation, At), Removed("Waiting", "mallory", At.AddDays(5)), Added("Waiting", Automation, At.AddDays(12))];

        Assert.AreEqual(At.AddDays(100), LabelEvent.LastAdded(askedAgain, "Waiting", People));
        Assert.AreEqual(At, LabelEvent.LastAdded(restoredLate, "Waiting", People), "the last night's sweep that reaches the removal restores it");
    }

    [TestMethod]
    public void A_trusted_removal_and_a_later_add_is_a_new_add_and_a_restore_without_an_earlier_add_keeps_its_date()
    {
        LabelEvent[] readded = [Added("Accepted", "alice", At), Removed("Accepted", "bob", At.AddDays(1)), Added("Accepted", "alice", At.AddDays(5))];
        LabelEvent[] restoredOnly = [Removed("Accepted", "mallory", At), Added("Accepted", Automation, At.AddHours(1))];

        Assert.AreEqual(At.AddDays(5), LabelEvent.LastAdded(readded, "Accepted", People));
        Assert.AreEqual(At.AddHours(1), LabelEvent.LastAdded(restoredOnly, "Accepted", People));
        Assert.IsNull(LabelEvent.LastAdded(restoredOnly, "Declined", People));
    }

    [TestMethod]
    [DataRow("alice", true)]
    [DataRow("bob", true)]
    [DataRow("helper-bot[bot]", true)]
    [DataRow("mallory", false)]
    [DataRow(Automation, false)]
    public void A_label_last_taken_off_by_staff_the_Working_Group_or_a_configured_bot_was_removed_on_purpose(string actor, bool onPurpose)
    {
        LabelEvent[] removed = [Added("Retire", Automation, At), Removed("retire", actor, At.AddDays(1))];

        Assert.AreEqual(onPurpose, LabelEvent.RemovedOnPurpose(removed, "Retire", People));
        Assert.IsFalse(LabelEvent.RemovedOnPurpose([.. removed, Added("Retire", "mallory", At.AddDays(2))], "Retire", People), "added since");
        Assert.IsFalse(LabelEvent.RemovedOnPurpose(removed, "Accepted", People), "never on the issue");
    }
}
