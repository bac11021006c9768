using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Voting;

[TestClass]
public sealed class VoterRemindersTests
{
    /// <summary>Five members, the vote opened at <see cref="VoteScenario.Start"/>, m01 approved and m02 declined.</summary>
    private static VoteScenario TwoOfFiveVoted()
    {
        var s = new VoteScenario(5);
        s.Open();
        s.Say("m01", "/vote approve", 10);
        s.Say("m02", "/vote decline no CI for ARM", 20);
        return s;
    }

    /// <summary>Posts every comment the plan wants as the automation, as the host would.</summary>
    private static void Publish(VoteScenario s, TallyResult result)
    {
        foreach (var upsert in result.Plan.Comments.Where(c => c.Purpose.StartsWith("vote-reminder", StringComparison.Ordinal)))
        {
            s.Comments.Add(VoteScenario.CommentBy(50 + s.Comments.Count, VoteScenario.Automation, upsert.Body, s.Time.GetUtcNow(), bot: true));
        }
    }

    /// <summary>A person deletes the automation's reminder of <paramref name="purpose"/>.</summary>
    private static void Delete(VoteScenario s, string purpose) =>
        s.Delete(s.Comments.Single(c => c.Body.StartsWith($"<!-- ecosystem-bot:{purpose} -->", StringComparison.Ordinal)));

    private static string[] Reminders(TallyResult result) =>
        [.. result.Plan.Comments.Where(c => c.Purpose.StartsWith("vote-reminder", StringComparison.Ordinal)).Select(c => c.Purpose)];

    [TestMethod]
    public void Four_days_after_opening_one_reminder_mentions_exactly_the_three_yet_to_vote()
    {
        var s = TwoOfFiveVoted();
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(4));

        var result = s.TallyAndPublish();

        var reminder = result.Plan.Comments.Single(c => c.Purpose == VoteTally.ReminderOpenedPurpose);
        StringAssert.Contains(reminder.Body, "@m03 @m04 @m05: ");
        Assert.DoesNotContain("@m01", reminder.Body);
        Assert.DoesNotContain("@m02", reminder.Body);
        GoldenFile.AssertMatches("vote-reminder-opened", reminder.Body);

        Publish(s, result);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(5));
        Assert.IsEmpty(Reminders(s.TallyAndPublish()), "each reminder once per vote");
    }

    [TestMethod]
    public void The_vote_after_a_return_reminds_in_new_comments_which_notify_the_members_yet_to_vote()
    {
        const double Day = 60 * 24;
        var s = TwoOfFiveVoted();
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(4));
        s.TallyAndApply();
        var first = s.Comments.Single(c => HiddenMarker.PurposeOf(c.Body) == VoteTally.ReminderOpenedPurpose);
        s.Close(5 * Day);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(5).AddHours(1));
        Assert.AreEqual(VoteOutcome.Declined, s.TallyAndApply().Outcome);

        s.Return("applicant", 30 * Day);
        s.Open(40 * Day);
        s.Say("m03", "/vote approve", (40 * Day) + 1);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(44));
        var second = s.TallyAndApply();

        // An edit of the first vote's reminder would notify nobody: the mentions of a reminder are its point.
        var reminder = second.Plan.Comments.Single(c => c.Purpose.StartsWith("vote-reminder", StringComparison.Ordinal));
        Assert.AreNotEqual(VoteTally.ReminderOpenedPurpose, reminder.Purpose);
        StringAssert.Contains(reminder.Body, "@m01 @m02 @m04 @m05: ");
        Assert.AreEqual(first, s.Comments.Single(c => c.Id == first.Id), "the first vote's reminder stays as it was");
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(45));
        Assert.IsEmpty(Reminders(s.TallyAndApply()), "each reminder once per vote");
    }

    /// <summary>
    /// A reminder is posted once and never planned again; twins two runs left (the later cancelled between its post and
    /// its read after it) are upserted as the kept one reads, so the applier deletes the later and edits nothing, also
    /// once the vote has closed. One reminder as posted plans nothing.
    /// </summary>
    [TestMethod]
    public void A_twin_reminder_is_upserted_as_the_kept_one_reads_and_one_reminder_is_left_alone()
    {
        var s = TwoOfFiveVoted();
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(4));
        var posted = s.TallyAndApply().Plan.Comments.Single(c => c.Purpose == VoteTally.ReminderOpenedPurpose).MarkedBody;
        s.Say("m03", "/vote approve", 5 * 60 * 24);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(5));
        Assert.IsEmpty(Reminders(s.TallyAndApply()), "one reminder as posted");

        s.Comments.Add(VoteScenario.CommentBy(8_000, VoteScenario.Automation, posted, VoteScenario.Start.AddDays(4).AddSeconds(1), bot: true));
        var twins = s.Tally().Plan.Comments.Where(c => c.Purpose == VoteTally.ReminderOpenedPurpose).ToList();
        Assert.AreEqual(posted, twins.Single().MarkedBody, "the kept reminder as it reads, though m03 has voted since");

        s.Close((5 * 60 * 24) + 1);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(5).AddHours(1));
        Assert.AreEqual(posted, s.Tally().Plan.Comments.Single(c => c.Purpose == VoteTally.ReminderOpenedPurpose).MarkedBody, "closed");
    }

    [TestMethod]
    public void Before_the_reminder_day_nothing_is_posted()
    {
        var s = TwoOfFiveVoted();
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(3).AddMinutes(-1));

        Assert.IsEmpty(Reminders(s.Tally()));
    }

    [TestMethod]
    public void Recused_members_and_voters_are_not_pinged()
    {
        var s = TwoOfFiveVoted();
        s.Say("m03", "/vote recuse", 30);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(4));

        var reminder = s.Tally().Plan.Comments.Single(c => c.Purpose == VoteTally.ReminderOpenedPurpose);

        StringAssert.Contains(reminder.Body, "@m04 @m05: ");
        Assert.DoesNotContain("@m03", reminder.Body);
    }

    [TestMethod]
    public void A_day_before_the_deadline_the_closing_reminder_follows_once()
    {
        var s = TwoOfFiveVoted();
        s.SessionDate = new DateOnly(2026, 12, 8);
        s.Rules = new TallyRules { CloseAfterDays = 7, TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles") };
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(4));
        Publish(s, s.TallyAndPublish());

        // The deadline is the end of 2026-12-15 in Los Angeles, 2026-12-16 08:00 UTC; the reminder is due a day before.
        s.Time.SetUtcNow(new DateTimeOffset(2026, 12, 15, 7, 59, 0, TimeSpan.Zero));
        Assert.IsEmpty(Reminders(s.Tally()));
        s.Time.SetUtcNow(new DateTimeOffset(2026, 12, 15, 8, 0, 0, TimeSpan.Zero));
        var closing = s.TallyAndPublish();
        CollectionAssert.AreEqual(new[] { VoteTally.ReminderClosingPurpose }, Reminders(closing));
        GoldenFile.AssertMatches("vote-reminder-closing", closing.Plan.Comments.Single(c => c.Purpose == VoteTally.ReminderClosingPurpose).Body);
        Publish(s, closing);

        s.Time.SetUtcNow(new DateTimeOffset(2026, 12, 15, 20, 0, 0, TimeSpan.Zero));
        Assert.IsEmpty(Reminders(s.Tally()));
    }

    [TestMethod]
    public void A_closing_reminder_due_first_replaces_the_earlier_one()
    {
        var s = TwoOfFiveVoted();
        s.SessionDate = new DateOnly(2026, 12, 8);
        s.Rules = new TallyRules { CloseAfterDays = 3 };
        s.Time.SetUtcNow(new DateTimeOffset(2026, 12, 11, 12, 0, 0, TimeSpan.Zero));

        var result = s.TallyAndPublish();
        CollectionAssert.AreEqual(new[] { VoteTally.ReminderClosingPurpose }, Reminders(result));
        Publish(s, result);

        s.Time.SetUtcNow(new DateTimeOffset(2026, 12, 11, 18, 0, 0, TimeSpan.Zero));
        Assert.IsEmpty(Reminders(s.Tally()));
    }

    [TestMethod]
    public void A_reminder_deleted_by_a_person_is_not_posted_again_the_next_night()
    {
        var s = TwoOfFiveVoted();
        s.SessionDate = new DateOnly(2026, 12, 8);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(4));
        Publish(s, s.TallyAndPublish());
        Delete(s, VoteTally.ReminderOpenedPurpose);

        s.Time.SetUtcNow(VoteScenario.Start.AddDays(5));
        Assert.IsEmpty(Reminders(s.TallyAndPublish()), "one reminder after opening per vote, not one a night");

        // The deadline is the end of 2026-12-15 (UTC); the closing reminder still comes, once.
        s.Time.SetUtcNow(new DateTimeOffset(2026, 12, 15, 1, 0, 0, TimeSpan.Zero));
        var closing = s.TallyAndPublish();
        CollectionAssert.AreEqual(new[] { VoteTally.ReminderClosingPurpose }, Reminders(closing));
        Publish(s, closing);
        Delete(s, VoteTally.ReminderClosingPurpose);
        s.Time.SetUtcNow(new DateTimeOffset(2026, 12, 15, 12, 0, 0, TimeSpan.Zero));
        Assert.IsEmpty(Reminders(s.TallyAndPublish()));
    }

    [TestMethod]
    public void A_run_that_fails_posting_the_reminder_leaves_it_due()
    {
        var s = TwoOfFiveVoted();
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(4));
        var planned = s.Tally().Plan.Comments;

        // The applier writes the plan's comments in order; the reminder's create fails, so only those before it are written.
        var reminderAt = planned.ToList().FindIndex(c => c.Purpose == VoteTally.ReminderOpenedPurpose);
        foreach (var written in planned.Take(reminderAt))
        {
            s.Comments.Add(VoteScenario.CommentBy(70 + s.Comments.Count, VoteScenario.Automation, written.Body, s.Time.GetUtcNow(), bot: true));
        }

        CollectionAssert.AreEqual(new[] { VoteTally.ReminderOpenedPurpose }, Reminders(s.Tally()), "the rerun posts it");
    }

    [TestMethod]
    public void Nobody_left_to_vote_means_no_reminder()
    {
        var s = new VoteScenario(3);
        s.Open();
        s.Say("m01", "/vote approve", 1);
        s.Say("m02", "/vote abstain", 2);
        s.Say("m03", "/vote decline no docs", 3);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(4));

        Assert.IsEmpty(Reminders(s.Tally()));
    }

    [TestMethod]
    public void Zero_turns_each_reminder_off()
    {
        var s = TwoOfFiveVoted();
        s.SessionDate = new DateOnly(2026, 12, 8);
        s.Rules = new TallyRules { CloseAfterDays = 7, RemindAfterDays = 0, RemindBeforeCloseDays = 0 };
        foreach (var day in new[] { 4, 7, 8 })
        {
            s.Time.SetUtcNow(VoteScenario.Start.AddDays(day));
            Assert.IsEmpty(Reminders(s.Tally()), $"day {day}");
        }
    }

    [TestMethod]
    public void A_marker_typed_by_someone_else_is_not_a_posted_reminder()
    {
        var s = TwoOfFiveVoted();
        s.Say("m01", "<!-- ecosystem-bot:vote-reminder-opened -->\nI reminded them", 30);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(4));

        CollectionAssert.AreEqual(new[] { VoteTally.ReminderOpenedPurpose }, Reminders(s.Tally()));
    }

    [TestMethod]
    public void No_reminder_once_the_vote_is_decided_or_closed()
    {
        var decided = new VoteScenario(5);
        decided.Open();
        decided.Say("m01", "/vote approve", 1);
        decided.Say("m02", "/vote approve", 2);
        decided.Say("m03", "/vote approve", 3);
        decided.Time.SetUtcNow(VoteScenario.Start.AddDays(4));
        Assert.IsEmpty(Reminders(decided.Tally()));

        var closed = TwoOfFiveVoted();
        closed.Close(60);
        closed.Time.SetUtcNow(VoteScenario.Start.AddDays(4));
        Assert.IsEmpty(Reminders(closed.Tally()));
    }
}
