using System.Text.RegularExpressions;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;
using Microsoft.Extensions.Time.Testing;
using static Ecosystem.Domain.Tests.Guardians.Given;

namespace Ecosystem.Domain.Tests.Guardians;

[TestClass]
public sealed class StaleWaitsTests
{
    private static readonly DateTimeOffset Asked = new(2026, 4, 1, 16, 30, 0, TimeSpan.Zero);
    private static readonly string[] Maintainers = ["maint-one"];
    private static readonly DateTimeOffset Decided = Asked.AddDays(3);
    private static readonly LabelEvent[] Events =
        [Added("Waiting on comment", "bob", Opened.AddDays(2)), Removed("Waiting on comment", Automation, Opened.AddDays(4)), Added("Waiting on comment", "bob", Asked)];

    private readonly FakeTimeProvider _time = new(Asked);

    /// <summary>The automation's intake report of an early resubmission, waiting until 2026-07-10.</summary>
    private static CommentSnapshot EarlyResubmissionReport => Comment(
        Automation, Asked, "<!-- ecosystem-bot:intake-report -->\n## Intake check\n<!-- ecosystem-bot:waits-until 2026-07-10 -->", bot: true, id: 9);

    private StaleWaits Stale => new(Rules, People, _time);

    /// <summary>The comments once the night of <paramref name="at"/> (day 30 by default; the clock stays there) posted the reminder.</summary>
    private List<CommentSnapshot> Reminded(IssueSnapshot issue, IReadOnlyList<CommentSnapshot>? comments = null, DateTimeOffset? at = null)
    {
        var night = at ?? Asked.AddDays(30);
        _time.SetUtcNow(night);
        var reminder = Stale.Review(issue, comments ?? [], Events, Maintainers);
        Assert.AreEqual(StaleWaits.ReminderPurpose, reminder.Plan.Comments.Single().Purpose, reminder.Summary);
        return [.. Apply(issue, comments ?? [], reminder.Plan, night).Comments];
    }

    /// <summary>Staff's too early on an application in review, carried out up to the close: its comment posted, In review off.</summary>
    private static (IssueSnapshot Issue, IReadOnlyList<CommentSnapshot> Comments, LabelEvent[] Events) StaffsTooEarlyStoppedBeforeItsClose()
    {
        LabelEvent[] events = [Added("In review", Automation, Asked), Added("Too early", "alice", Decided)];
        var issue = Application("In review", "Too early");
        var run = new DecisionOutcomes(Rules, People).TooEarly(issue, new OutcomeDecision(Decided, "alice"), [], events);
        var (stopped, comments) = Apply(issue, [], run.Plan with { State = null }, Decided.AddMinutes(1));
        return (stopped, comments, [.. events, Removed("In review", Automation, Decided.AddMinutes(1))]);
    }

    [TestMethod]
    public void Day_29_sends_no_reminder()
    {
        _time.SetUtcNow(new DateTimeOffset(2026, 4, 30, 23, 59, 59, TimeSpan.Zero));

        var action = Stale.Review(Application("Waiting on comment"), [], Events, Maintainers);

        Assert.IsTrue(action.IsEmpty);
        StringAssert.Contains(action.Summary, "29 days");
    }

    [TestMethod]
    public void Reminders_off_send_none_and_the_application_still_closes_on_time()
    {
        var stale = new StaleWaits(Rules with { RemindAfterDays = 0, CloseAfterDays = 60 }, People, _time);
        _time.SetUtcNow(Asked.AddDays(59));

        var waiting = stale.Review(Application("Waiting on comment"), [], Events, Maintainers);

        Assert.IsTrue(waiting.IsEmpty);
        StringAssert.Contains(waiting.Summary, "no reminder (housekeeping.remind-after-days is 0)");

        _time.SetUtcNow(Asked.AddDays(60));
        Assert.IsNotNull(stale.Review(Application("Waiting on comment"), [], Events, Maintainers).Plan.State);
    }

    [TestMethod]
    public void Reminders_and_closing_off_leave_a_long_wait_alone()
    {
        var stale = new StaleWaits(Rules with { RemindAfterDays = 0, CloseAfterDays = 0 }, People, _time);
        _time.SetUtcNow(Asked.AddDays(365 * 3));

        Assert.IsTrue(stale.Review(Application("Waiting on comment"), [], Events, Maintainers).IsEmpty);
    }

    [TestMethod]
    public void The_waiting_label_put_back_after_an_outsider_removed_it_does_not_restart_the_clock()
    {
        LabelEvent[] restored =
            [.. Events, Removed("Waiting on comment", "mallory", Asked.AddDays(20)), Added("Waiting on comment", Automation, Asked.AddDays(21))];
        _time.SetUtcNow(Asked.AddDays(30));

        Assert.HasCount(1, Stale.Review(Application("Waiting on comment"), [], restored, Maintainers).Plan.Comments);
    }

    [TestMethod]
    public void Staff_asking_again_after_an_outsiders_removal_the_guard_never_undid_restarts_the_clock()
    {
        LabelEvent[] askedAgain =
            [.. Events, Removed("Waiting on comment", "mallory", Asked.AddDays(20)), Added("Waiting on comment", "bob", Asked.AddDays(25))];
        _time.SetUtcNow(Asked.AddDays(30));

        var action = Stale.Review(Application("Waiting on comment"), [], askedAgain, Maintainers);

        Assert.IsTrue(action.IsEmpty);
        StringAssert.Contains(action.Summary, "5 days");
    }

    /// <summary>
    /// dave, in the Working Group then, took the label off when the applicant answered; he has left since, so his removal reads
    /// as an outsider's. The automation's add months later is no restore: the guard puts a label back within its sweep's week.
    /// </summary>
    [TestMethod]
    public void Intake_asking_again_long_after_a_removal_by_someone_who_has_left_the_Working_Group_restarts_the_clock()
    {
        LabelEvent[] askedAgain =
        [
            Added("Waiting on comment", Automation, Asked.AddDays(-100)), Removed("Waiting on comment", "dave", Asked.AddDays(-95)),
            Added("Waiting on comment", Automation, Asked),
        ];
        _time.SetUtcNow(Asked.AddDays(1));

        var action = Stale.Review(Application("Waiting on comment"), [], askedAgain, Maintainers);

        Assert.IsTrue(action.IsEmpty, action.Summary);
        Assert.AreEqual("#42: waiting on the applicant for 1 day; reminder after 30 days.", action.Summary);
    }

    [TestMethod]
    public void Day_30_sends_one_reminder_dated_from_the_label()
    {
        _time.SetUtcNow(Asked.AddDays(30));

        var action = Stale.Review(Application("Waiting on comment"), [], Events, Maintainers);

        Assert.HasCount(1, action.Plan.Comments);
        Assert.AreEqual(StaleWaits.ReminderPurpose, action.Plan.Comments[0].Purpose);
        Assert.IsEmpty(action.Plan.AddLabels);
        Assert.IsNull(action.Plan.State);
        GoldenFile.AssertMatches("stale-reminder", action.Plan.Comments[0].Body);
    }

    [TestMethod]
    public void The_reminder_of_an_application_whose_author_deleted_their_account_mentions_no_ghost()
    {
        _time.SetUtcNow(Asked.AddDays(30));
        // REST names every deleted account ghost, a real account of its own.
        var orphaned = Application("Waiting on comment") with { Author = "ghost" };

        var action = Stale.Review(orphaned, [], Events, Maintainers);

        StringAssert.StartsWith(action.Plan.Comments.Single().Body, "Applicant, this application has been waiting");
    }

    [TestMethod]
    public void An_early_resubmission_is_neither_reminded_nor_closed_and_intake_runs_again_on_its_date()
    {
        var report = EarlyResubmissionReport;
        _time.SetUtcNow(Asked.AddDays(65));

        var before = Stale.Review(Application("Waiting on comment"), [report], Events, Maintainers);

        Assert.IsTrue(before.IsEmpty, before.Summary);
        StringAssert.Contains(before.Summary, "2026-07-10");

        _time.SetUtcNow(new DateTimeOffset(2026, 7, 10, 0, 0, 0, TimeSpan.Zero));
        var on = Stale.Review(Application("Waiting on comment"), [report], Events, Maintainers);

        Assert.IsTrue(on.RerunIntake);
        Assert.IsTrue(on.Plan.IsEmpty);
    }

    [TestMethod]
    public void The_intake_report_read_is_the_one_the_applier_keeps_the_oldest_of_twins()
    {
        var report = EarlyResubmissionReport;
        var twin = Comment(Automation, Asked.AddSeconds(1), "<!-- ecosystem-bot:intake-report -->\n## Intake check", bot: true, id: 10);
        _time.SetUtcNow(Asked.AddDays(65));

        var action = Stale.Review(Application("Waiting on comment"), [report, twin], Events, Maintainers);

        Assert.IsTrue(action.IsEmpty, action.Summary);
        StringAssert.Contains(action.Summary, "2026-07-10");
    }

    [TestMethod]
    public void An_early_resubmission_waits_on_its_applicant_from_its_date_not_from_its_label()
    {
        // Labelled waiting on 2026-04-01 when filed; its date came 70 days later and intake reviewed it as new.
        var report = Comment(Automation, Asked, "<!-- ecosystem-bot:intake-report -->\n<!-- ecosystem-bot:reviewed-from 2026-06-10 -->", bot: true, id: 9);
        var date = new DateTimeOffset(2026, 6, 10, 0, 0, 0, TimeSpan.Zero);
        _time.SetUtcNow(date.AddDays(29));

        var waiting = Stale.Review(Application("Waiting on comment"), [report], Events, Maintainers);

        Assert.IsTrue(waiting.IsEmpty, waiting.Summary);
        StringAssert.Contains(waiting.Summary, "29 days");
        _time.SetUtcNow(date.AddDays(30));
        StringAssert.Contains(Stale.Review(Application("Waiting on comment"), [report], Events, Maintainers).Plan.Comments.Single().Body, "2026-06-10");
        var reminded = Reminded(Application("Waiting on comment"), [report], date.AddDays(30));
        _time.SetUtcNow(date.AddDays(60));
        Assert.IsNotNull(Stale.Review(Application("Waiting on comment"), reminded, Events, Maintainers).Plan.State);
    }

    [TestMethod]
    public void A_waiting_label_put_on_after_a_resubmissions_date_starts_its_own_wait()
    {
        var before = Comment(Automation, Asked, "<!-- ecosystem-bot:intake-report -->\n<!-- ecosystem-bot:reviewed-from 2026-03-01 -->", bot: true, id: 9);
        _time.SetUtcNow(Asked.AddDays(30));
        StringAssert.Contains(Stale.Review(Application("Waiting on comment"), [before], Events, Maintainers).Plan.Comments.Single().Body, "2026-04-01",
            "staff asked on 2026-04-01, after the date");
    }

    [TestMethod]
    [DataRow("mallory", false)]
    [DataRow("helper-bot[bot]", true)]
    public void A_waits_until_line_typed_by_someone_else_is_not_trusted(string author, bool configuredBot)
    {
        var forged = Comment(author, Asked, "<!-- ecosystem-bot:intake-report -->\n<!-- ecosystem-bot:waits-until 2099-01-01 -->", configuredBot, id: 9);
        _time.SetUtcNow(Asked.AddDays(30));

        var action = Stale.Review(Application("Waiting on comment"), [forged], Events, Maintainers);

        Assert.AreEqual(StaleWaits.ReminderPurpose, action.Plan.Comments.Single().Purpose);
    }

    [TestMethod]
    public void A_reminder_a_configured_bot_copied_is_not_the_automations_and_is_still_posted()
    {
        _time.SetUtcNow(Asked.AddDays(30));
        var reminder = Stale.Review(Application("Waiting on comment"), [], Events, Maintainers).Plan.Comments.Single();
        var copy = Comment("helper-bot[bot]", Asked.AddDays(30), HiddenMarker.Stamp(reminder.Purpose, reminder.Body), bot: true, id: 9);

        var action = Stale.Review(Application("Waiting on comment"), [copy], Events, Maintainers);

        Assert.AreEqual(reminder, action.Plan.Comments.Single());
    }

    [TestMethod]
    public void Day_31_writes_nothing_more()
    {
        var issue = Application("Waiting on comment");
        _time.SetUtcNow(Asked.AddDays(30));
        var day30 = Stale.Review(issue, [], Events, Maintainers);
        var (after, comments) = Apply(issue, [], day30.Plan, Asked.AddDays(30));

        _time.SetUtcNow(Asked.AddDays(31));
        var day31 = Stale.Review(after, comments, Events, Maintainers);

        Assert.IsTrue(day31.IsEmpty);
    }

    /// <summary>
    /// A reminder due on day 30 and posted on day 45 (nights missed) closes 30 days after it, not 15: the closing date it names
    /// is read from when it was posted, so its text stays the same on the nights after it.
    /// </summary>
    [TestMethod]
    public void A_reminder_posted_late_leaves_the_usual_grace_and_its_text_stays_the_same_on_later_nights()
    {
        var issue = Application("Waiting on comment");
        var comments = Reminded(issue, at: Asked.AddDays(45).AddHours(7));
        StringAssert.Contains(comments.Single().Body, "closed as **Too early** on 2026-06-15");

        _time.SetUtcNow(Asked.AddDays(74));
        var before = Stale.Review(issue, comments, Events, Maintainers);
        _time.SetUtcNow(Asked.AddDays(75));
        var close = Stale.Review(issue, comments, Events, Maintainers);

        Assert.IsTrue(before.IsEmpty, before.Summary);
        Assert.IsNotNull(close.Plan.State, close.Summary);
    }

    [TestMethod]
    public void Day_60_closes_as_too_early_with_a_way_back()
    {
        var comments = Reminded(Application("In review", "Waiting on comment"));
        _time.SetUtcNow(Asked.AddDays(60));

        var action = Stale.Review(Application("In review", "Waiting on comment"), comments, Events, Maintainers);

        CollectionAssert.AreEqual(new[] { "Too early" }, action.Plan.AddLabels.ToArray());
        CollectionAssert.AreEqual(new[] { "Waiting on comment" }, action.Plan.RemoveLabels.ToArray());
        Assert.AreEqual(new IssueStateChange(false, "not_planned"), action.Plan.State);
        Assert.HasCount(1, action.Plan.Comments);
        Assert.AreEqual(StaleWaits.ClosedPurpose, action.Plan.Comments[0].Purpose);
        GoldenFile.AssertMatches("stale-closed", action.Plan.Comments[0].Body);
    }

    [TestMethod]
    public void A_stale_wait_closed_as_too_early_goes_to_the_boards_done_column()
    {
        var comments = Reminded(Application("New", "Waiting on comment"));
        _time.SetUtcNow(Asked.AddDays(60));

        var action = Stale.Review(Application("New", "Waiting on comment"), comments, Events, Maintainers);

        Assert.AreEqual(new BoardPlacement("Done"), action.Plan.Board, "decided: not left in the backlog as if still queued");
    }

    /// <summary>
    /// Asked at 16:30 on 2026-04-01, the reminder says the application closes on 2026-05-31: the nightly run of that
    /// morning closes it, though 60 times 24 hours have not passed (it closed a day later than the text said).
    /// </summary>
    [TestMethod]
    public void The_nightly_run_on_the_closing_date_the_reminder_names_closes_before_the_hour_of_the_asking()
    {
        _time.SetUtcNow(Asked.AddDays(30));
        StringAssert.Contains(Stale.Review(Application("Waiting on comment"), [], Events, Maintainers).Plan.Comments.Single().Body, "on 2026-05-31");

        var comments = Reminded(Application("Waiting on comment"));
        _time.SetUtcNow(new DateTimeOffset(2026, 5, 31, 6, 17, 0, TimeSpan.Zero));
        var action = Stale.Review(Application("Waiting on comment"), comments, Events, Maintainers);

        Assert.AreEqual(new IssueStateChange(false, "not_planned"), action.Plan.State, action.Summary);
        StringAssert.Contains(action.Plan.Comments.Single().Body, "until 2026-05-31");
    }

    /// <summary>
    /// Locked the whole time the reminder was due (the applicant could not comment), the conversation is unlocked on day 70:
    /// the night closed it at once, with no reminder ever posted. The applicant is reminded first, and the close comes the
    /// usual 30 days (close after 60 less remind after 30) after the reminder.
    /// </summary>
    [TestMethod]
    public void A_wait_unlocked_after_its_closing_date_is_reminded_first_and_closed_the_usual_grace_after_the_reminder()
    {
        var issue = Application("Waiting on comment");
        _time.SetUtcNow(Asked.AddDays(45));
        Assert.IsTrue(Stale.Review(issue with { IsLocked = true }, [], Events, Maintainers).IsEmpty, "locked: neither reminded nor closed");
        var unlocked = Asked.AddDays(70);
        _time.SetUtcNow(unlocked);

        var night = Stale.Review(issue, [], Events, Maintainers);

        Assert.IsNull(night.Plan.State, night.Summary);
        StringAssert.Contains(night.Plan.Comments.Single().Body, "closed as **Too early** on 2026-07-10");
        var (reminded, comments) = Apply(issue, [], night.Plan, unlocked);
        _time.SetUtcNow(unlocked.AddDays(29));
        var before = Stale.Review(reminded, comments, Events, Maintainers);
        Assert.IsTrue(before.IsEmpty, before.Summary);
        _time.SetUtcNow(unlocked.AddDays(30));
        var close = Stale.Review(reminded, comments, Events, Maintainers);
        Assert.AreEqual(new IssueStateChange(false, "not_planned"), close.Plan.State, close.Summary);
        StringAssert.Contains(close.Plan.Comments.Single().Body, "from 2026-04-01 until 2026-07-10");
    }

    /// <summary>
    /// The rule an applicant calls fair: the 30 days after the reminder count only while they could answer. Reminded on day
    /// 30, the conversation locked on day 35 and unlocked on day 55: the 20 locked days are added, so the wait closes on day 80,
    /// not on day 60 after 10 days in which a comment could be written. The reminder is edited once to the new date.
    /// </summary>
    [TestMethod]
    public void Days_locked_after_the_reminder_do_not_count_towards_its_close()
    {
        var issue = Application("Waiting on comment");
        var comments = Reminded(issue);
        LockEvent[] locks = [new(true, Asked.AddDays(35)), new(false, Asked.AddDays(55))];

        _time.SetUtcNow(Asked.AddDays(60));
        var day60 = Stale.Review(issue, comments, Events, Maintainers, locks);
        Assert.IsNull(day60.Plan.State, day60.Summary);
        StringAssert.Contains(day60.Plan.Comments.Single().Body, "closed as **Too early** on 2026-06-20");
        var (_, edited) = Apply(issue, comments, day60.Plan, Asked.AddDays(60));
        _time.SetUtcNow(Asked.AddDays(79));
        Assert.IsTrue(Stale.Review(issue, edited, Events, Maintainers, locks).IsEmpty, "the edited reminder stays as it is");

        _time.SetUtcNow(Asked.AddDays(80));
        var close = Stale.Review(issue, edited, Events, Maintainers, locks);
        Assert.AreEqual(new IssueStateChange(false, "not_planned"), close.Plan.State, close.Summary);
        StringAssert.Contains(close.Plan.Comments.Single().Body, "from 2026-04-01 until 2026-06-20");
    }

    /// <summary>
    /// Reminded on day 30, closed by the applicant on day 35 with the label still on, reopened on day 70: the first night after
    /// the reopening closed it as too early, the 35 days it was closed counted as days without an answer. Days closed count as
    /// days locked do: not towards the close, so it closes on day 95, 30 open days after the reminder, and the reminder says so.
    /// </summary>
    [TestMethod]
    public void Days_a_reopened_application_was_closed_do_not_count_towards_its_close()
    {
        var issue = Application("Waiting on comment");
        var comments = Reminded(issue);
        StateEvent[] states = [new(true, Asked.AddDays(35)), new(false, Asked.AddDays(70))];

        _time.SetUtcNow(Asked.AddDays(70).AddHours(8));
        var reopened = Stale.Review(issue, comments, Events, Maintainers, stateEvents: states);
        Assert.IsNull(reopened.Plan.State, reopened.Summary);
        StringAssert.Contains(reopened.Plan.Comments.Single().Body, "closed as **Too early** on 2026-07-05");

        var (_, edited) = Apply(issue, comments, reopened.Plan, Asked.AddDays(70).AddHours(8));
        _time.SetUtcNow(Asked.AddDays(95));
        var close = Stale.Review(issue, edited, Events, Maintainers, stateEvents: states);
        Assert.AreEqual(new IssueStateChange(false, "not_planned"), close.Plan.State, close.Summary);
    }

    /// <summary>
    /// A lock of a few hours takes a whole day off the applicant's time to answer: rounded up, never down. A lock before the
    /// reminder changes nothing, as no reminder is posted while locked and the reminder's own 30 days follow it.
    /// </summary>
    [TestMethod]
    [DataRow(40, 2, 61)]
    [DataRow(40, 30, 62)]
    [DataRow(10, 12, 60)]
    public void A_part_day_locked_after_the_reminder_counts_as_a_whole_day(int lockedOnDay, int hours, int closesOnDay)
    {
        var issue = Application("Waiting on comment");
        var comments = Reminded(issue);
        LockEvent[] locks = [new(true, Asked.AddDays(lockedOnDay)), new(false, Asked.AddDays(lockedOnDay).AddHours(hours))];

        _time.SetUtcNow(Asked.AddDays(closesOnDay - 1));
        var before = Stale.Review(issue, comments, Events, Maintainers, locks);
        _time.SetUtcNow(Asked.AddDays(closesOnDay));
        var close = Stale.Review(issue, comments, Events, Maintainers, locks);

        Assert.IsNull(before.Plan.State, before.Summary);
        Assert.IsNotNull(close.Plan.State, close.Summary);
    }

    /// <summary>With reminders off the label is the only notice: the 60 days after it count only while the applicant could answer.</summary>
    [TestMethod]
    public void Without_reminders_days_locked_during_the_wait_do_not_count_towards_its_close()
    {
        var stale = new StaleWaits(Rules with { RemindAfterDays = 0 }, People, _time);
        LockEvent[] locks = [new(true, Asked.AddDays(50)), new(false, Asked.AddDays(59))];

        _time.SetUtcNow(Asked.AddDays(68));
        Assert.IsNull(stale.Review(Application("Waiting on comment"), [], Events, Maintainers, locks).Plan.State);
        _time.SetUtcNow(Asked.AddDays(69));
        Assert.IsNotNull(stale.Review(Application("Waiting on comment"), [], Events, Maintainers, locks).Plan.State);
    }

    [TestMethod]
    public void The_nightly_run_on_the_day_the_reminder_is_due_reminds_before_the_hour_of_the_asking()
    {
        _time.SetUtcNow(new DateTimeOffset(2026, 5, 1, 6, 17, 0, TimeSpan.Zero));

        var action = Stale.Review(Application("Waiting on comment"), [], Events, Maintainers);

        Assert.AreEqual(StaleWaits.ReminderPurpose, action.Plan.Comments.Single().Purpose, action.Summary);
    }

    /// <summary>
    /// A wait closed as too early names no waiting date: the three-month wait is the TAC's for a declined project, and a
    /// too early one may apply again once the items noted in the review are done (the comment named a date 90 days on).
    /// </summary>
    [TestMethod]
    public void The_closing_comment_names_no_waiting_date_as_a_too_early_project_may_apply_again_when_ready()
    {
        var comments = Reminded(Application("Waiting on comment"));
        _time.SetUtcNow(new DateTimeOffset(2026, 5, 31, 6, 17, 0, TimeSpan.Zero));

        var body = Stale.Review(Application("Waiting on comment"), comments, Events, Maintainers).Plan.Comments.Single().Body;

        Assert.DoesNotContain("2026-08-29", body);
        StringAssert.Contains(body, "may apply again once the items noted in the review are done");
    }

    [TestMethod]
    public void Day_59_only_reminds()
    {
        _time.SetUtcNow(new DateTimeOffset(2026, 5, 30, 23, 59, 0, TimeSpan.Zero));

        var action = Stale.Review(Application("Waiting on comment"), [], Events, Maintainers);

        Assert.IsNull(action.Plan.State);
        Assert.AreEqual(StaleWaits.ReminderPurpose, action.Plan.Comments.Single().Purpose);
    }

    /// <summary>
    /// The night after a close, the issue is left alone; its board item goes to done, as the close's own run may have failed
    /// to move it (the placement dated by the closing comment, so an item staff put in a column of their own since stays).
    /// </summary>
    [TestMethod]
    public void Closed_application_fed_back_leaves_the_issue_alone_and_only_its_board_item_goes_to_done()
    {
        var issue = Application("Waiting on comment");
        var reminded = Reminded(issue);
        _time.SetUtcNow(Asked.AddDays(60));
        var close = Stale.Review(issue, reminded, Events, Maintainers);
        var (after, comments) = Apply(issue, reminded, close.Plan, Asked.AddDays(60));

        _time.SetUtcNow(Asked.AddDays(61));
        var next = Stale.Review(after, comments, Events, Maintainers);

        Assert.IsFalse(after.IsOpen);
        Assert.IsTrue(next.Plan.LeavesIssue, next.Summary);
        var closing = comments.Single(c => c.Body.Contains(StaleWaits.ClosedPurpose, StringComparison.Ordinal));
        Assert.AreEqual(new BoardPlacement("Done") { MovedOnAt = closing.CreatedAt }, next.Plan.Board);
    }

    /// <summary>
    /// The applier takes the waiting label off before it closes, the issue: a run stopped between the two left the
    /// application open, labelled too early under its closing comment, and the next night only looked at waiting ones.
    /// </summary>
    [TestMethod]
    public void A_close_stopped_after_the_waiting_label_went_is_finished_the_next_night()
    {
        var issue = Application("Waiting on comment");
        var reminded = Reminded(issue);
        _time.SetUtcNow(Asked.AddDays(60));
        var close = Stale.Review(issue, reminded, Events, Maintainers);
        var (stopped, comments) = Apply(issue, reminded, close.Plan with { State = null }, Asked.AddDays(60));
        var reply = Comment("applicant", Asked.AddDays(60).AddHours(2), id: 7);

        var rerun = Stale.Review(stopped, [.. comments, reply], Events, Maintainers);

        Assert.IsTrue(Stale.Watches(new IssueHistory(stopped, comments, Events)));
        Assert.AreEqual(new IssueStateChange(false, "not_planned"), rerun.Plan.State, rerun.Summary);
        Assert.IsTrue(rerun.Plan.AddLabels.Count + rerun.Plan.RemoveLabels.Count + rerun.Plan.Comments.Count == 0, "only the close is left");
        Assert.IsFalse(rerun.RerunIntake, "an answer to the closing comment does not undo the close");
    }

    /// <summary>
    /// Staff label an application in review too early; the label run posts its comment and takes In review off, then stops
    /// before the close (the applier closes last). Rerunning the label run finished it; the nightly pass, which watches open
    /// too early issues, left it open for good.
    /// </summary>
    [TestMethod]
    public void Staffs_too_early_stopped_before_its_close_is_finished_the_next_night()
    {
        var (stopped, comments, events) = StaffsTooEarlyStoppedBeforeItsClose();
        _time.SetUtcNow(Decided.AddDays(1));

        var night = Stale.Review(stopped, comments, events, Maintainers);

        Assert.IsTrue(Stale.Watches(new IssueHistory(stopped, comments, events)));
        Assert.AreEqual(new IssueStateChange(false, "not_planned"), night.Plan.State, night.Summary);
        Assert.IsTrue(night.Plan.AddLabels.Count + night.Plan.RemoveLabels.Count + night.Plan.Comments.Count == 0, "only the close is left");
    }

    /// <summary>
    /// Staff close the vote with <c>/vote close too-early &lt;expectations&gt;</c>; the tally's run posts the decision's comment,
    /// adds Too early (as the automation) and takes In review and in voting off, then stops before the close. The nightly tally
    /// no longer reads it (none of its labels is left), and the nightly guard took the automation's add for no decision of staff:
    /// the application stayed open for good, though the README promises the close the next night for either trigger.
    /// </summary>
    [TestMethod]
    public void Staffs_too_early_vote_close_stopped_before_its_close_is_finished_the_next_night()
    {
        var issue = Application("In review", "in voting");
        CommentSnapshot[] thread =
        [
            Comment("alice", Asked, "/vote open", id: 11),
            Comment("bob", Asked.AddHours(1), "/vote approve", id: 12),
            Comment("alice", Decided, "/vote close too-early Come back once CI runs on GPUs.", id: 13),
        ];
        _time.SetUtcNow(Decided.AddMinutes(1));
        var tally = new VoteTally(new TallyRules(), _time)
            .Run(new TallyInput(issue, thread, People, Maintainers));
        var decision = tally.StaffDecision ?? throw new AssertFailedException(tally.Status.ToString());
        var plan = tally.Plan.With(new DecisionOutcomes(Rules, People).TooEarly(issue, decision, thread, []).Plan);
        var (stopped, comments) = Apply(issue, thread, plan with { State = null }, Decided.AddMinutes(1));
        LabelEvent[] events = [Added("In review", Automation, Opened.AddDays(5)), Added("in voting", Automation, Asked),
            Added("Too early", Automation, Decided.AddMinutes(1)), Removed("In review", Automation, Decided.AddMinutes(1)),
            Removed("in voting", Automation, Decided.AddMinutes(1))];
        _time.SetUtcNow(Decided.AddDays(1));

        var night = Stale.Review(stopped, comments, events, Maintainers);

        Assert.IsTrue(Stale.Watches(new IssueHistory(stopped, comments, events)));
        Assert.AreEqual(new IssueStateChange(false, "not_planned"), night.Plan.State, night.Summary);
        Assert.IsTrue(night.Plan.AddLabels.Count + night.Plan.RemoveLabels.Count + night.Plan.Comments.Count == 0, "only the close is left");
    }

    /// <summary>
    /// A reopen is no label event: staff who reopen a too early application on purpose show it by a label change of theirs
    /// after the decision's comment (Too early off, or the application put back in the process), which the nightly leaves open.
    /// </summary>
    [TestMethod]
    public void Staffs_too_early_reopened_with_a_label_change_of_theirs_stays_open()
    {
        var (reopened, comments, events) = StaffsTooEarlyStoppedBeforeItsClose();
        _time.SetUtcNow(Decided.AddDays(3));

        var putBack = Stale.Review(reopened with { Labels = ["Too early", "In review"] }, comments,
            [.. events, Added("In review", "bob", Decided.AddDays(2))], Maintainers);
        var byAnOutsider = Stale.Review(reopened, comments, [.. events, Added("New", "mallory", Decided.AddDays(2)),
            Removed("New", Automation, Decided.AddDays(2).AddMinutes(1))], Maintainers);

        Assert.IsTrue(putBack.IsEmpty, putBack.Summary);
        Assert.IsNotNull(byAnOutsider.Plan.State, "an outsider's change, undone by the guard, is no decision of staff");
        Assert.IsTrue(Stale.Review(Application("Too early"), [], [Added("Too early", "alice", Decided)], Maintainers).IsEmpty,
            "too early never carried out: the label run's to do, not the night's");
    }

    /// <summary>A close finished a night later closes the issue and leaves the closing comment as it was posted.</summary>
    [TestMethod]
    public void A_close_finished_a_night_later_keeps_the_comment_it_posted()
    {
        var issue = Application("Waiting on comment");
        var reminded = Reminded(issue);
        _time.SetUtcNow(Asked.AddDays(60).AddHours(8));
        var close = Stale.Review(issue, reminded, Events, Maintainers);
        var (stopped, comments) = Apply(issue, reminded, close.Plan with { State = null }, Asked.AddDays(60).AddHours(8));

        _time.SetUtcNow(Asked.AddDays(61).AddHours(8));
        var rerun = Stale.Review(stopped, comments, Events, Maintainers);

        Assert.IsEmpty(rerun.Plan.Comments, "the posted comment is not edited");
        Assert.IsNotNull(rerun.Plan.State);
    }

    /// <summary>
    /// Staff reopening a closed wait keep it open, its too early label taken off or left on (the applicant wrote in another
    /// channel): with the label on, the next night closed it again, taking the reopening for a close a stopped run never
    /// made, though the timeline shows the close made. So for staff's own too early, whose close was made and undone.
    /// </summary>
    [TestMethod]
    public void A_closed_wait_or_too_early_reopened_by_staff_stays_open_with_or_without_its_too_early_label()
    {
        var issue = Application("Waiting on comment");
        var reminded = Reminded(issue);
        _time.SetUtcNow(Asked.AddDays(60));
        var (closed, comments) = Apply(issue, reminded, Stale.Review(issue, reminded, Events, Maintainers).Plan, Asked.AddDays(60));
        Assert.IsFalse(closed.IsOpen);
        var reopened = closed with { IsOpen = true, ClosedAt = null };
        StateEvent[] reopenedByStaff = [new(true, Asked.AddDays(60)), new(false, Asked.AddDays(61))];
        var (staffs, staffsComments, staffsEvents) = StaffsTooEarlyStoppedBeforeItsClose();
        StateEvent[] staffsReopened = [new(true, Decided.AddMinutes(2)), new(false, Decided.AddDays(2))];

        _time.SetUtcNow(Asked.AddDays(62));
        var labelLeftOn = Stale.Review(reopened, comments, Events, Maintainers, stateEvents: reopenedByStaff);
        var staffsTooEarly = Stale.Review(staffs, staffsComments, staffsEvents, Maintainers, stateEvents: staffsReopened);

        Assert.IsFalse(Stale.Watches(new IssueHistory(reopened with { Labels = [] }, comments, Events)));
        Assert.IsTrue(Stale.Review(reopened with { Labels = [] }, comments, Events, Maintainers).IsEmpty);
        Assert.IsTrue(labelLeftOn.IsEmpty, labelLeftOn.Summary);
        Assert.IsTrue(staffsTooEarly.IsEmpty, staffsTooEarly.Summary);
        Assert.IsTrue(Stale.Review(Application("Too early"), [], Events, Maintainers).IsEmpty, "too early without a closing comment of this wait");
    }

    [TestMethod]
    public void Reply_since_the_label_stops_the_clock_and_is_handled_like_the_reply_event()
    {
        _time.SetUtcNow(Asked.AddDays(40));
        var reply = Comment("maint-one", Asked.AddDays(3), id: 7);

        var action = Stale.Review(Application("Waiting on comment"), [reply], Events, Maintainers);

        Assert.IsTrue(action.RerunIntake);
        CollectionAssert.AreEqual(new[] { "Waiting on comment" }, action.Plan.RemoveLabels.ToArray());
        Assert.AreEqual(ApplicantReplies.Purpose, action.Plan.Comments.Single().Purpose);
    }

    [TestMethod]
    public void With_remove_waiting_on_reply_off_a_missed_reply_is_handled_once_and_then_waits_on_the_Working_Group()
    {
        var stale = new StaleWaits(Rules with { RemoveWaitingOnReply = false }, People, _time);
        _time.SetUtcNow(Asked.AddDays(40));
        var issue = Application("Waiting on comment");
        var reply = Comment("maint-one", Asked.AddDays(3), id: 7);

        var first = stale.Review(issue, [reply], Events, Maintainers);
        var (after, comments) = Apply(issue, [reply], first.Plan, Asked.AddDays(40));
        _time.SetUtcNow(Asked.AddDays(41));
        var next = stale.Review(after, comments, Events, Maintainers);

        Assert.IsTrue(first.RerunIntake);
        Assert.IsEmpty(first.Plan.RemoveLabels);
        Assert.AreEqual(ApplicantReplies.Purpose, first.Plan.Comments.Single().Purpose);
        CollectionAssert.Contains(after.Labels.ToArray(), "Waiting on comment");
        Assert.IsTrue(next.IsEmpty, "no reminder, no closing, no nightly intake for an application that was answered");
        Assert.IsFalse(next.RerunIntake);
    }

    [TestMethod]
    public void An_earlier_comment_the_applicant_edited_to_answer_since_the_label_stops_the_clock()
    {
        _time.SetUtcNow(Asked.AddDays(60));
        // Written before the question, edited with the answers after it: no new comment, so no comment event either.
        var edited = Comment("applicant", Opened.AddDays(3), id: 7) with { UpdatedAt = Asked.AddDays(2) };

        var action = Stale.Review(Application("Waiting on comment"), [edited], Events, Maintainers);

        Assert.IsNull(action.Plan.State, "answered in an edit: not closed as too early");
        CollectionAssert.AreEqual(new[] { "Waiting on comment" }, action.Plan.RemoveLabels.ToArray());
        Assert.AreEqual(ApplicantReplies.Purpose, action.Plan.Comments.Single().Purpose);
    }

    [TestMethod]
    public void Reply_before_the_label_was_last_added_does_not_count()
    {
        _time.SetUtcNow(Asked.AddDays(30));
        var oldReply = Comment("applicant", Opened.AddDays(3), id: 7);

        var action = Stale.Review(Application("Waiting on comment"), [oldReply], Events, Maintainers);

        Assert.AreEqual(StaleWaits.ReminderPurpose, action.Plan.Comments.Single().Purpose);
    }

    [TestMethod]
    public void Comments_by_others_do_not_stop_the_clock()
    {
        _time.SetUtcNow(Asked.AddDays(30));
        CommentSnapshot[] others = [Comment("bob", Asked.AddDays(2), id: 7), Comment("passer-by", Asked.AddDays(5), id: 8)];

        var action = Stale.Review(Application("Waiting on comment"), others, Events, Maintainers);

        Assert.AreEqual(StaleWaits.ReminderPurpose, action.Plan.Comments.Single().Purpose);
    }

    [TestMethod]
    public void Without_label_events_the_wait_counts_from_the_opening()
    {
        var stale = new StaleWaits(Rules, People, new FakeTimeProvider(Opened.AddDays(30)));

        var action = stale.Review(Application("Waiting on comment"), [], [], Maintainers);

        StringAssert.Contains(action.Plan.Comments.Single().Body, "since 2026-03-02");
    }

    [TestMethod]
    public void Application_not_waiting_is_left_alone()
    {
        _time.SetUtcNow(Asked.AddDays(90));

        Assert.IsTrue(Stale.Review(Application("In review"), [], Events, Maintainers).IsEmpty);
        Assert.IsTrue(Stale.Review(Application("Waiting on comment") with { IsOpen = false }, [], Events, Maintainers).IsEmpty);
    }

    [TestMethod]
    [DataRow("Accepted")]
    [DataRow("in voting")]
    [DataRow("Blog completed", DisplayName = "a community highlight published")]
    public void A_waiting_label_left_on_an_application_voted_on_is_neither_reminded_nor_closed_as_too_early(string settled)
    {
        // The Working Group asked, then voted without the answer; the tally leaves the waiting label on, and an accepted issue open.
        var issue = Application(settled, "Waiting on comment");

        _time.SetUtcNow(Asked.AddDays(30));
        var reminder = Stale.Review(issue, [], Events, Maintainers);
        _time.SetUtcNow(Asked.AddDays(60));
        var close = Stale.Review(issue, [], Events, Maintainers);

        Assert.IsTrue(reminder.IsEmpty, reminder.Summary);
        Assert.IsTrue(close.IsEmpty, close.Summary);
        StringAssert.Contains(close.Summary, $"'{settled}'");
    }

    [TestMethod]
    public void Configured_periods_are_used()
    {
        var rules = Rules with { RemindAfterDays = 7, CloseAfterDays = 14 };
        _time.SetUtcNow(Asked.AddDays(7));

        var action = new StaleWaits(rules, People, _time).Review(Application("Waiting on comment"), [], Events, Maintainers);

        StringAssert.Contains(action.Plan.Comments.Single().Body, "on 2026-04-15");
    }

    [TestMethod]
    [DataRow(60, true)]
    [DataRow(0, false)]
    public void Reminder_names_a_closing_date_only_when_waits_are_closed(int closeAfterDays, bool closes)
    {
        var rules = Rules with { CloseAfterDays = closeAfterDays };
        _time.SetUtcNow(Asked.AddDays(30));

        var action = new StaleWaits(rules, People, _time).Review(Application("Waiting on comment"), [], Events, Maintainers);

        var body = action.Plan.Comments.Single().Body;
        Assert.AreEqual(closes, body.Contains("closed as **Too early** on 2026-05-31", StringComparison.Ordinal), body);
        Assert.AreEqual(closes, action.Summary.Contains("closes on 2026-05-31", StringComparison.Ordinal), action.Summary);
        Assert.AreEqual(!closes, body.Contains("stays open", StringComparison.Ordinal), body);
        if (!closes)
        {
            // The only date left is the start of the wait.
            CollectionAssert.AreEqual(new[] { "2026-04-01" }, Regex.Matches(body, @"\d{4}-\d{2}-\d{2}").Select(m => m.Value).ToArray());
            Assert.DoesNotContain("Too early", body);
            StringAssert.Contains(action.Summary, "stays open");
            GoldenFile.AssertMatches("stale-reminder-open", body);
        }
    }

    /// <summary>With replies keeping the label, the reminder must not promise that a comment removes it.</summary>
    [TestMethod]
    public void With_remove_waiting_on_reply_off_the_reminder_says_the_Working_Group_removes_the_label()
    {
        _time.SetUtcNow(Asked.AddDays(30));

        var action = new StaleWaits(Rules with { RemoveWaitingOnReply = false }, People, _time)
            .Review(Application("Waiting on comment"), [], Events, Maintainers);

        var body = action.Plan.Comments.Single().Body;
        Assert.DoesNotContain("removes the **Waiting on comment** label", body);
        StringAssert.Contains(body, "a comment from you or a listed maintainer tells the Working Group, who then remove the **Waiting on comment** "
            + "label");
    }

    [TestMethod]
    public void With_close_after_zero_days_a_wait_is_never_closed()
    {
        var rules = Rules with { CloseAfterDays = 0 };
        _time.SetUtcNow(Asked.AddDays(3650));

        var action = new StaleWaits(rules, People, _time).Review(Application("In review", "Waiting on comment"), [], Events, Maintainers);

        Assert.IsNull(action.Plan.State);
        Assert.IsEmpty(action.Plan.AddLabels);
        Assert.IsEmpty(action.Plan.RemoveLabels);
        Assert.AreEqual(StaleWaits.ReminderPurpose, action.Plan.Comments.Single().Purpose);
    }
}
