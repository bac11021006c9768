using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Microsoft.Extensions.Time.Testing;
using static Ecosystem.Domain.Tests.Scheduling.Applications;
using static Ecosystem.Domain.Tests.Scheduling.Calendars;

namespace Ecosystem.Domain.Tests.Scheduling;

[TestClass]
public sealed class BatchPlannerTests
{
    // Monthly calendar: sessions on 2026-12-08, 2027-01-12, 2027-02-09 at 09:00 Los Angeles.
    private static readonly string FifteenDaysBefore = "2026-12-28T12:00-08:00";
    private static readonly string FourteenDaysBefore = "2026-12-29T12:00-08:00";

    private static SchedulePlan Plan(
        string now, IReadOnlyList<QueueCandidate> candidates, SchedulingRules? rules = null, SchedulingOverrides? overrides = null,
        ReviewCalendar? calendar = null, IReadOnlyList<IssueHistory>? agendas = null)
    {
        var planner = new BatchPlanner(calendar ?? Monthly(), rules ?? new SchedulingRules(), new IntakeRules(), new FakeTimeProvider(At(now)));
        return planner.Plan(candidates, Repository, overrides, agendas: agendas);
    }

    /// <summary>The agenda issue <paramref name="number"/> as the automation opened it from <paramref name="draft"/>.</summary>
    private static IssueSnapshot Opened(IssueDraft draft, int number) =>
        new(number, draft.Title, draft.Body, "ecosystem-bot[bot]", true, [], At("2026-12-29T20:00Z"), null, $"{Repository}/issues/{number}");

    /// <summary>Fourteen ready (3 and 9 returning) and one of each kind that must stay out.</summary>
    private static List<QueueCandidate> Backlog() =>
    [
        .. new[] { 1, 2, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18 }.Select(n => Ready(n)),
        Ready(3, "Returning"),
        Ready(9, "Returning"),
        Ready(4, "Waiting on comment"),
        Ready(5) with { IntakeComplete = false, IntakeVerdict = "2 problems" },
        Ready(6, "Accepted"),
        Ready(7).WithIssue(i => i with { IsOpen = false }),
        Ready(19).WithIssue(i => i with { Labels = ["In review"] }) with { ScheduledSession = Date("2026-12-08") },
        Ready(20).WithIssue(i => i with { Labels = [] }),
    ];

    // The analyzer takes any argument named "expected…" for the expected value; this keeps the order readable.
    private static DateOnly? SessionOf(ForecastEntry entry) => entry.ExpectedSession;

    /// <summary>The ten of a cancelled session's batch, moved into the batch of <paramref name="session"/> once its window opened.</summary>
    private static void AssertMovedInto(SchedulePlan plan, string session)
    {
        Assert.AreEqual(Date(session), plan.Target?.Date);
        Assert.IsTrue(plan.Batch.All(b => b.Change == BatchChange.Moved));
        Assert.HasCount(10, plan.IssuePlans);
        Assert.IsTrue(plan.IssuePlans.All(p => ReviewSessionNotice.SessionDateIn(p.Comments[0].Body) == Date(session)));
    }

    private static int[] Numbers(IEnumerable<ScheduledApplication> batch) => [.. batch.Select(b => b.Application.Issue.Number)];

    private static (int, BoardPlacement?)[] Placements(SchedulePlan plan) => [.. plan.BoardPlans.Select(p => (p.IssueNumber, p.Board))];

    [TestMethod]
    public void Fifteen_days_before_the_session_nothing_moves()
    {
        var plan = Plan(FifteenDaysBefore, Backlog());

        Assert.AreEqual(Date("2027-01-12"), plan.Target?.Date);
        Assert.AreEqual(15, plan.DaysUntilSession);
        Assert.IsFalse(plan.WindowOpen);
        Assert.IsTrue(plan.IsEmpty);
        Assert.IsEmpty(plan.Batch);
        Assert.IsNull(plan.Agenda);
        Assert.IsEmpty(plan.Warnings);
    }

    /// <summary>
    /// The two weeks are counted in the calendar's zone: a minute before midnight in Los Angeles (already 2026-12-29 in UTC)
    /// is still fifteen days before the session, and the window opens at midnight there.
    /// </summary>
    [TestMethod]
    [DataRow("2026-12-28T23:59-08:00", 15, false)]
    [DataRow("2026-12-29T00:00-08:00", 14, true)]
    public void The_window_opens_at_midnight_in_the_calendars_zone(string now, int days, bool open)
    {
        var plan = Plan(now, Backlog());

        Assert.AreEqual((days, open, open ? 10 : 0), (plan.DaysUntilSession, plan.WindowOpen, plan.Batch.Count(b => b.Change == BatchChange.Added)));
    }

    /// <summary>
    /// Reviewed at the November session and declined, back since: its one session comment is edited for January, and the
    /// November session was lost with it, so the status page could not tell which session reviewed the declined round. The
    /// comment keeps every session it named that was held (not one it was moved from, nor a skipped one); a rerun writes nothing.
    /// </summary>
    [TestMethod]
    public void A_returned_applications_session_comment_keeps_the_session_that_reviewed_it_before()
    {
        var calendar = Monthly("2026-10-13");
        var before = ReviewSessionNotice.Render(calendar.SessionOn(Date("2026-11-10")), calendar.TimeZone, new SchedulingRules(), new IntakeRules(),
            Repository, [Date("2026-10-13"), Date("2026-09-08")]);
        var returned = Ready(1, "Returning") with
        {
            SessionNotice = OwnComments.Of(
                [new CommentSnapshot(5, "bot", true, before, At("2026-10-28T10:00Z"), At("2026-10-28T10:00Z"), "")], _ => true, _ => true),
        };

        var plan = Plan(FourteenDaysBefore, [returned], calendar: calendar);
        var again = Plan("2026-12-30T12:00-08:00", Apply([returned], plan), calendar: calendar);

        var notice = plan.IssuePlans.Single().Comments[0];
        Assert.AreEqual(Date("2027-01-12"), ReviewSessionNotice.SessionDateIn(notice.Body));
        var thread = new[] { new CommentSnapshot(5, "bot", true, notice.MarkedBody, At("2026-10-28T10:00Z"), At("2026-12-29T20:00Z"), "") };
        CollectionAssert.AreEqual(
            new[] { Date("2026-09-08"), Date("2026-11-10"), Date("2027-01-12") },
            ReviewSessionNotice.Named(new IssueHistory(returned.Issue, thread, []), "bot", calendar, "Waiting on comment", At("2026-12-29T20:00Z"))
                .ToArray());
        Assert.IsTrue(again.IsEmpty);
    }

    [TestMethod]
    public void Fourteen_days_before_the_ten_first_in_review_order_move_returning_first()
    {
        var plan = Plan(FourteenDaysBefore, Backlog());

        Assert.IsTrue(plan.WindowOpen);
        CollectionAssert.AreEqual(new[] { 3, 9, 1, 2, 8, 10, 11, 12, 13, 14 }, Numbers(plan.Batch));
        Assert.IsTrue(plan.Batch.All(b => b.Change == BatchChange.Added));
        CollectionAssert.AreEqual(new[] { 3, 9, 1, 2, 8, 10, 11, 12, 13, 14 }, plan.IssuePlans.Select(p => p.IssueNumber).ToArray());
        foreach (var issuePlan in plan.IssuePlans)
        {
            CollectionAssert.AreEqual(new[] { "In review" }, issuePlan.AddLabels.ToArray());
            CollectionAssert.AreEqual(new[] { "New" }, issuePlan.RemoveLabels.ToArray());
            Assert.AreEqual(ReviewSessionNotice.Purpose, issuePlan.Comments[0].Purpose);
            Assert.AreEqual(Date("2027-01-12"), ReviewSessionNotice.SessionDateIn(issuePlan.Comments[0].Body));
        }

        CollectionAssert.AreEqual(
            new[] { 3, 9, 1, 2, 8, 10, 11, 12, 13, 14 }
                .Select(n => (n, new BoardPlacement("In progress", Date("2027-01-12")) { MovesOn = true })).ToArray(),
            Placements(plan));
        Assert.IsTrue(plan.BoardPlans.All(p => p.LeavesIssue), "board plans touch only the board; the issue plans come first");
        Assert.AreEqual("Review session 2027-01-12", plan.Agenda?.Title);
        Assert.IsEmpty(plan.Warnings);
    }

    [TestMethod]
    public void Fifo_fills_the_batch_by_issue_number_only()
    {
        var plan = Plan(FourteenDaysBefore, Backlog(), new SchedulingRules { Order = ReviewOrder.Fifo });

        CollectionAssert.AreEqual(new[] { 1, 2, 3, 8, 9, 10, 11, 12, 13, 14 }, Numbers(plan.Batch));
        CollectionAssert.AreEqual(new[] { 1, 2, 3, 8, 9, 10, 11, 12, 13, 14 }, plan.IssuePlans.Select(p => p.IssueNumber).ToArray());
        CollectionAssert.AreEqual(new[] { 15, 16, 17, 18 }, plan.Forecast.Queue.Select(e => e.IssueNumber).ToArray());
    }

    [TestMethod]
    [DataRow(ReviewOrder.ReturningFirst, new[] { 30, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, new[] { 10, 11, 12 })]
    [DataRow(ReviewOrder.Fifo, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, new[] { 11, 12, 30 })]
    public void A_late_returning_application_goes_first_only_when_returning_first(ReviewOrder order, int[] batch, int[] queue)
    {
        List<QueueCandidate> candidates = [.. Enumerable.Range(1, 12).Select(n => Ready(n)), Ready(30, "Returning")];

        var plan = Plan(FourteenDaysBefore, candidates, new SchedulingRules { Order = order });

        CollectionAssert.AreEqual(batch, Numbers(plan.Batch));
        CollectionAssert.AreEqual(queue, plan.Forecast.Queue.Select(e => e.IssueNumber).ToArray());
    }

    [TestMethod]
    [DataRow(ReviewOrder.ReturningFirst, 1, "2027-01-12")]
    [DataRow(ReviewOrder.Fifo, 13, "2027-02-09")]
    public void The_forecast_places_a_late_returning_application_by_the_review_order(ReviewOrder order, int position, string session)
    {
        List<QueueCandidate> candidates = [.. Enumerable.Range(1, 12).Select(n => Ready(n)), Ready(30, "Returning")];

        var plan = Plan(FifteenDaysBefore, candidates, new SchedulingRules { Order = order });

        var entry = plan.Forecast.Queue.Single(e => e.IssueNumber == 30);
        Assert.AreEqual(position, entry.Position);
        Assert.AreEqual(Date(session), SessionOf(entry));
        CollectionAssert.AreEqual(Enumerable.Range(1, 13).ToArray(), plan.Forecast.Queue.Select(e => e.Position).ToArray());
    }

    [TestMethod]
    public void Applications_that_are_not_ready_are_held_back_with_a_reason()
    {
        var plan = Plan(FourteenDaysBefore, Backlog());

        CollectionAssert.AreEqual(new[] { 4, 5, 6 }, plan.HeldBack.Select(h => h.IssueNumber).ToArray());
        Assert.AreEqual("waiting on the applicant (label 'Waiting on comment')", plan.HeldBack[0].Reason);
        Assert.AreEqual("intake not complete: 2 problems", plan.HeldBack[1].Reason);
        Assert.AreEqual("labelled both 'New' and 'Accepted'; remove 'New' if it is stale", plan.HeldBack[2].Reason);
    }

    /// <summary>
    /// Staff may replace 'Blog candidate' by 'Blog completed' once the highlight is published, a decision the status page counts:
    /// with a stale 'New' left on, the application was queued for review again.
    /// </summary>
    [TestMethod]
    public void A_published_community_highlight_with_a_stale_new_label_is_held_back_not_queued()
    {
        var plan = Plan(FourteenDaysBefore, [Ready(1), Ready(6, "Blog completed")]);

        CollectionAssert.AreEqual(new[] { 1 }, Numbers(plan.Batch));
        Assert.IsFalse(plan.Forecast.Queue.Any(e => e.IssueNumber == 6));
        Assert.AreEqual("labelled both 'New' and 'Blog completed'; remove 'New' if it is stale", plan.HeldBack.Single().Reason);
    }

    [TestMethod]
    public void An_early_resubmission_is_held_back_until_its_date_not_on_an_answer()
    {
        var early = Ready(7, "Waiting on comment") with { WaitsUntil = new DateOnly(2027, 2, 15) };

        var plan = Plan(FourteenDaysBefore, [Ready(1), early]);

        Assert.AreEqual("an early resubmission: reviewed as new from 2027-02-15", plan.HeldBack.Single().Reason);
    }

    [TestMethod]
    public void The_next_night_the_plan_is_empty_and_the_agenda_unchanged()
    {
        var first = Plan(FourteenDaysBefore, Backlog());
        var second = Plan("2026-12-30T12:00-08:00", Apply(Backlog(), first));

        Assert.IsTrue(second.IsEmpty);
        Assert.IsEmpty(second.IssuePlans);
        // Every member's board item is planned again: the gateway writes only what differs, and repairs a move that failed;
        // the members move on no more, so an item staff moved to a column of their own since stays there. Each carries when it
        // joined, its session comment's time (the comments Apply writes have the default one), for a rerun after a failed move.
        CollectionAssert.AreEqual(
            Placements(first).Select(p => (p.Item1, p.Item2! with { MovesOn = false, MovedOnAt = default(DateTimeOffset) })).ToArray(),
            Placements(second));
        CollectionAssert.AreEqual(Numbers(first.Batch), Numbers(second.Batch));
        Assert.IsTrue(second.Batch.All(b => b.Change == BatchChange.Kept));
        Assert.AreEqual(first.Agenda, second.Agenda);
    }

    [TestMethod]
    public void A_withdrawn_application_is_replaced_by_the_next_in_the_queue()
    {
        var scheduled = Apply(Backlog(), Plan(FourteenDaysBefore, Backlog()));
        var withdrawn = scheduled.Select(a => a.Issue.Number == 10 ? a.WithIssue(i => i with { IsOpen = false }) : a).ToList();

        var plan = Plan("2027-01-02T12:00-08:00", withdrawn);

        var topUp = plan.IssuePlans.Single();
        Assert.AreEqual(15, topUp.IssueNumber);
        CollectionAssert.AreEqual(
            Numbers(plan.Batch).Select(n => (n, new BoardPlacement("In progress", Date("2027-01-12"))
            {
                MovesOn = n == 15, MovedOnAt = n == 15 ? null : default(DateTimeOffset),
            })).ToArray(),
            Placements(plan),
            "the one joining the batch moves on");
        CollectionAssert.AreEqual(new[] { 3, 9, 1, 2, 8, 11, 12, 13, 14, 15 }, Numbers(plan.Batch));
    }

    [TestMethod]
    public void An_application_set_waiting_during_review_leaves_the_batch_and_is_replaced()
    {
        var scheduled = Apply(Backlog(), Plan(FourteenDaysBefore, Backlog()));
        var waiting = scheduled.Select(a => a.Issue.Number == 3 ? a.With("Waiting on comment") : a).ToList();

        var plan = Plan("2027-01-02T12:00-08:00", waiting);

        Assert.AreEqual(15, plan.IssuePlans.Single().IssueNumber);
        CollectionAssert.DoesNotContain(Numbers(plan.Batch), 3);
        CollectionAssert.Contains(plan.HeldBack.Select(h => h.IssueNumber).ToArray(), 3);
    }

    [TestMethod]
    public void After_the_session_the_following_one_is_targeted_and_the_reviewed_batch_takes_no_place()
    {
        var scheduled = Apply(Backlog(), Plan(FourteenDaysBefore, Backlog()));
        var rules = new SchedulingRules { LeadDays = 30 };

        var plan = Plan("2027-01-13T08:00-08:00", scheduled, rules);

        Assert.AreEqual(Date("2027-02-09"), plan.Target?.Date);
        CollectionAssert.AreEqual(new[] { 15, 16, 17, 18 }, Numbers(plan.Batch));
        Assert.HasCount(1, plan.Warnings);
        StringAssert.StartsWith(plan.Warnings[0], "The batch for the session on 2027-02-09 has 4 applications, fewer than the minimum of 7");
    }

    [TestMethod]
    public void On_the_session_day_itself_the_session_is_still_the_target()
    {
        var scheduled = Apply(Backlog(), Plan(FourteenDaysBefore, Backlog()));

        var plan = Plan("2027-01-12T23:30-08:00", scheduled, new SchedulingRules { LeadDays = 30 });

        Assert.AreEqual(Date("2027-01-12"), plan.Target?.Date);
        Assert.IsTrue(plan.IsEmpty);
    }

    [TestMethod]
    public void An_application_set_waiting_at_the_session_is_not_replaced_that_evening_by_one_the_session_never_saw()
    {
        var scheduled = Apply(Backlog(), Plan(FourteenDaysBefore, Backlog()));
        var waiting = scheduled.Select(a => a.Issue.Number == 3 ? a.With("Waiting on comment") : a).ToList();

        // The session started at 09:00; a nightly run at 23:00 UTC (15:00 in Los Angeles) still targets it.
        var plan = Plan("2027-01-12T15:00-08:00", waiting);

        Assert.AreEqual(Date("2027-01-12"), plan.Target?.Date);
        Assert.IsFalse(plan.Batch.Any(b => b.Change == BatchChange.Added), "nobody joins a session that has been held");
        Assert.IsTrue(plan.IsEmpty);
        Assert.AreEqual(Date("2027-02-09"), SessionOf(plan.Forecast.Queue[0]), "the queue expects the next session");
        Assert.IsEmpty(plan.Warnings);

        var beforeItStarts = Plan("2027-01-12T08:00-08:00", waiting);
        var added = beforeItStarts.Batch.Single(b => b.Change == BatchChange.Added);
        Assert.AreEqual(15, added.Application.Issue.Number, "before it starts, as on the days before");
    }

    /// <summary>
    /// With voting.open-on-schedule each vote opens as the session's day starts, and the nightly tally labels the batch
    /// voting before the scheduler runs (staff's /vote open does the same): the batch was taken for a session hours away and
    /// replaced by ten the session never prepared for, and once it started the agenda lost its rows and its reviewers' record.
    /// With New kept on schedule, each was listed as a stale New.
    /// </summary>
    [TestMethod]
    [DataRow("2027-01-12T07:00-08:00", true, DisplayName = "before the session starts")]
    [DataRow("2027-01-12T15:00-08:00", false, DisplayName = "after it started, New kept on schedule")]
    public void A_vote_opened_on_the_batch_keeps_it_in_its_session(string now, bool removeNew)
    {
        var rules = new SchedulingRules { RemoveNewOnSchedule = removeNew };
        var first = Plan(FourteenDaysBefore, Backlog(), rules);
        var voting = Apply(Backlog(), first).Select(a => a.Issue.HasLabel("In review") ? a.With("in voting") : a).ToList();

        var plan = Plan(now, voting, rules);

        CollectionAssert.AreEqual(Numbers(first.Batch), Numbers(plan.Batch));
        Assert.IsTrue(plan.Batch.All(b => b.Change == BatchChange.Kept));
        Assert.IsTrue(plan.IsEmpty, string.Join(", ", plan.IssuePlans.Select(p => p.IssueNumber)));
        Assert.AreEqual(Date("2027-02-09"), SessionOf(plan.Forecast.Queue[0]), "the queue expects the next session");
        Assert.IsEmpty(plan.HeldBack.Where(h => h.IssueNumber != 4 && h.IssueNumber != 5 && h.IssueNumber != 6));
    }

    [TestMethod]
    public void A_batch_whose_session_is_skipped_later_moves_to_the_next_session()
    {
        var scheduled = Apply(Backlog(), Plan(FourteenDaysBefore, Backlog()));

        var plan = Plan("2027-01-05T12:00-08:00", scheduled, calendar: Monthly("2027-01-12"), rules: new SchedulingRules { LeadDays = 40 });

        Assert.AreEqual(Date("2027-02-09"), plan.Target?.Date);
        Assert.IsTrue(plan.Batch.All(b => b.Change == BatchChange.Moved));
        Assert.HasCount(10, plan.IssuePlans);
        Assert.IsTrue(plan.IssuePlans.All(p => ReviewSessionNotice.SessionDateIn(p.Comments[0].Body) == Date("2027-02-09")));
        Assert.IsTrue(plan.IssuePlans.All(p => p.AddLabels.Count == 0 && p.RemoveLabels.Count == 0));
    }

    [TestMethod]
    public void A_batch_whose_session_is_skipped_moves_to_the_next_session_though_that_windows_opens_after_the_skipped_day()
    {
        // Monthly sessions: the batch of 12 January waits while 9 February's window is closed, and the skipped day passes meanwhile.
        var scheduled = Apply(Backlog(), Plan(FourteenDaysBefore, Backlog()));
        var skipped = Monthly("2027-01-12");

        var between = Plan("2027-01-20T12:00-08:00", scheduled, calendar: skipped);
        var windowOpen = Plan("2027-01-26T12:00-08:00", scheduled, calendar: skipped);

        Assert.IsTrue(between.Batch.All(b => b.Change == BatchChange.Moved), "the session was never held: its batch was not reviewed");
        Assert.HasCount(10, between.Batch);
        AssertMovedInto(windowOpen, "2027-02-09");
    }

    /// <summary>
    /// A batch whose session staff skip after it was scheduled is told by the next run, not once the next session's window
    /// opens weeks later, the cancelled day passing meanwhile: each session comment says the session is cancelled and names
    /// the next one, whose batch it goes into. Its hidden session line still names the skipped date, so nothing is scheduled
    /// early: it moves when the window opens, as before. A queue comment that said it joined the skipped batch names the next
    /// session's. The night after, nothing is written.
    /// </summary>
    [TestMethod]
    public void A_batch_whose_session_is_skipped_later_is_told_at_once_that_it_goes_into_the_next_sessions_batch()
    {
        var scheduled = Apply(Backlog(), Plan(FourteenDaysBefore, Backlog()))
            .Select(a => a.Issue.Number == 3 ? a with { QueueNotice = QueuePositionNotice.Scheduled(Date("2027-01-12")).MarkedBody } : a).ToList();
        var skipped = Monthly("2027-01-12");

        var plan = Plan("2026-12-30T12:00-08:00", scheduled, calendar: skipped);
        var again = Plan("2026-12-31T12:00-08:00", Apply(scheduled, plan), calendar: skipped);

        Assert.IsFalse(plan.WindowOpen, "the next session, 9 February, is 41 days away");
        Assert.IsEmpty(plan.Joining);
        CollectionAssert.AreEqual(Numbers(plan.Batch), plan.IssuePlans.Select(p => p.IssueNumber).ToArray());
        foreach (var issuePlan in plan.IssuePlans)
        {
            var notice = issuePlan.Comments[0];
            Assert.AreEqual(ReviewSessionNotice.Purpose, notice.Purpose);
            Assert.AreEqual(Date("2027-01-12"), ReviewSessionNotice.SessionDateIn(notice.Body), "it moves once the window opens");
            StringAssert.Contains(notice.Body, "session of **Tuesday 12 January 2027** (2027-01-12) is cancelled");
            StringAssert.Contains(notice.Body, "**Tuesday 9 February 2027, 09:00 America/Los_Angeles (17:00 UTC)**");
            Assert.IsTrue(issuePlan.AddLabels.Count + issuePlan.RemoveLabels.Count + issuePlan.AddAssignees.Count == 0);
        }

        var queue = plan.IssuePlans.Single(p => p.IssueNumber == 3).Comments.Single(c => c.Purpose == QueuePositionNotice.Purpose);
        Assert.AreEqual(QueuePositionNotice.Moved(Date("2027-02-09")), queue);
        Assert.IsTrue(plan.IssuePlans.Where(p => p.IssueNumber != 3).All(p => p.Comments.Count == 1), "none of the others has a queue comment");
        Assert.IsTrue(again.IsEmpty, string.Join(", ", again.IssuePlans.Select(p => p.IssueNumber)));
    }

    /// <summary>
    /// Staff take a scheduled session's date out of sessions.dates rather than list it in sessions.skip: the session is
    /// cancelled all the same, where its batch stayed in review for a date that no longer existed and nothing moved it. The
    /// next run tells the batch it goes into the next session's batch; nothing is written the night after, nor once the
    /// cancelled day has passed; the batch moves when that session's window opens.
    /// </summary>
    [TestMethod]
    public void A_batch_whose_session_date_is_taken_out_of_sessions_dates_moves_as_if_it_were_skipped()
    {
        var scheduled = Apply(Backlog(), Plan(FourteenDaysBefore, Backlog(), calendar: Listed("2027-01-12", "2027-02-09")));
        var takenOut = Listed("2027-02-09");

        var told = Plan("2026-12-30T12:00-08:00", scheduled, calendar: takenOut);
        var afterTold = Apply(scheduled, told);
        var again = Plan("2026-12-31T12:00-08:00", afterTold, calendar: takenOut);
        var afterItsDay = Plan("2027-01-20T12:00-08:00", afterTold, calendar: takenOut);
        var windowOpen = Plan("2027-01-26T12:00-08:00", afterTold, calendar: takenOut);

        Assert.HasCount(10, told.Batch);
        Assert.IsTrue(told.Batch.All(b => b.Change == BatchChange.Moved));
        CollectionAssert.AreEqual(Numbers(told.Batch), told.IssuePlans.Select(p => p.IssueNumber).ToArray());
        foreach (var notice in told.IssuePlans.Select(p => p.Comments.Single().Body))
        {
            StringAssert.Contains(notice, "session of **Tuesday 12 January 2027** (2027-01-12) is cancelled");
            StringAssert.Contains(notice, "**Tuesday 9 February 2027, 09:00 America/Los_Angeles (17:00 UTC)**");
        }

        Assert.IsEmpty(again.IssuePlans, "a second run writes nothing");
        Assert.IsTrue(afterItsDay.Batch.All(b => b.Change == BatchChange.Moved), "never held: not reviewed once its day passed");
        Assert.IsEmpty(afterItsDay.IssuePlans);
        AssertMovedInto(windowOpen, "2027-02-09");
    }

    /// <summary>Staff move a session: its date taken out of sessions.dates and another added. The batch goes to the new date.</summary>
    [TestMethod]
    public void A_batch_whose_session_date_is_moved_in_sessions_dates_goes_to_the_new_date()
    {
        var scheduled = Apply(Backlog(), Plan(FourteenDaysBefore, Backlog(), calendar: Listed("2027-01-12", "2027-02-09")));
        var moved = Listed("2027-01-19", "2027-02-09");

        var told = Plan("2026-12-30T12:00-08:00", scheduled, calendar: moved);
        var windowOpen = Plan("2027-01-05T12:00-08:00", Apply(scheduled, told), calendar: moved);

        Assert.IsTrue(told.IssuePlans.All(p => p.Comments.Single().Body.Contains("**Tuesday 19 January 2027, 09:00", StringComparison.Ordinal)));
        CollectionAssert.AreEqual(Numbers(told.Batch), Numbers(windowOpen.Batch));
        AssertMovedInto(windowOpen, "2027-01-19");
    }

    /// <summary>A date taken out of sessions.dates after its day (tidying up): its batch was reviewed there and stays.</summary>
    [TestMethod]
    public void A_session_taken_out_of_sessions_dates_after_its_day_leaves_its_reviewed_batch_alone()
    {
        var first = Plan(FourteenDaysBefore, Backlog(), calendar: Listed("2027-01-12", "2027-02-09"));

        var plan = Plan("2027-01-13T12:00-08:00", Apply(Backlog(), first), calendar: Listed("2027-02-09"));

        CollectionAssert.IsSubsetOf(Numbers(first.Batch), plan.Standings[QueueStanding.Reviewed].Select(a => a.Issue.Number).ToArray());
        Assert.IsEmpty(plan.Batch);
        Assert.IsEmpty(plan.IssuePlans);
    }

    /// <summary>
    /// The batch size staff gave is how many the session takes: its agenda records it, the next night keeps to it instead of
    /// topping the batch up to sessions.batch.max, and the queue behind it is told both sizes.
    /// </summary>
    [TestMethod]
    public void A_batch_size_chosen_by_hand_is_recorded_on_the_agenda_and_kept_by_the_next_nights()
    {
        var first = Plan(FourteenDaysBefore, Backlog(), overrides: new SchedulingOverrides(null, 3));
        Assert.HasCount(3, first.Batch);
        Assert.AreEqual(3, first.ChosenBatchSize);
        var agendas = new[] { History(Opened(first.Agenda!, 40)) };
        CollectionAssert.AreEquivalent(new[] { KeyValuePair.Create(Date("2027-01-12"), 3) }, ReviewAgenda.ChosenSizes(agendas).ToArray());

        var next = Plan("2026-12-30T12:00-08:00", Apply(Backlog(), first), agendas: agendas);

        Assert.IsTrue(next.Batch.All(b => b.Change == BatchChange.Kept), "nobody is added: " + string.Join(", ", next.Batch));
        Assert.AreEqual(first.Agenda!.Body, next.Agenda!.Body, "the agenda keeps its record");
        var notice = next.QueueNotices.SelectMany(p => p.Comments).Select(c => c.Body)
            .First(b => b.Contains("Place in the review queue", StringComparison.Ordinal));
        StringAssert.Contains(notice, "if the sessions before it take 10 applications each (3 on 2027-01-12, the batch size staff chose).");
        var unchosen = Plan(FourteenDaysBefore, Backlog());
        Assert.IsNull(unchosen.ChosenBatchSize);
        Assert.IsEmpty(ReviewAgenda.ChosenSizes([History(Opened(unchosen.Agenda!, 40))]), "no size chosen, none recorded");
    }

    /// <summary>
    /// An agenda whose session was taken out of the calendar announced a meeting that will not be held: it is closed as one of
    /// a skipped session is, its comment saying why; the agenda of a session chosen by hand, never in the calendar, stays.
    /// </summary>
    [TestMethod]
    public void An_open_agenda_of_a_session_taken_out_of_sessions_dates_is_closed_but_not_one_chosen_by_hand()
    {
        var listed = Listed("2027-01-12", "2027-02-09");
        var first = Plan(FourteenDaysBefore, Backlog(), calendar: listed);
        var byHand = Plan(FourteenDaysBefore, Backlog(), calendar: listed, overrides: new SchedulingOverrides(Date("2027-01-19")));
        var agendas = new[] { History(Opened(first.Agenda!, 40)), History(Opened(byHand.Agenda!, 41)) };

        var plan = Plan("2026-12-30T12:00-08:00", Apply(Backlog(), first), calendar: Listed("2027-02-09"), agendas: agendas);

        var close = plan.IssuePlans.Single(p => p.IssueNumber is 40 or 41);
        Assert.AreEqual(40, close.IssueNumber);
        Assert.AreEqual(new IssueStateChange(false, "not_planned"), close.State);
        StringAssert.Contains(close.Comments.Single().Body, "no longer one of the sessions of the configuration");
    }

    /// <summary>
    /// Staff take a date out of sessions.skip only after its day (the meeting was held after all): the batch was reviewed
    /// there, so its session comments, which said the session was cancelled, name it again, as if it had never been skipped.
    /// </summary>
    [TestMethod]
    public void A_session_taken_out_of_sessions_skip_after_its_day_has_its_batch_told_the_session_again()
    {
        var first = Plan(FourteenDaysBefore, Backlog());
        var scheduled = Apply(Backlog(), first);
        var told = Apply(scheduled, Plan("2026-12-30T12:00-08:00", scheduled, calendar: Monthly("2027-01-12")));

        var plan = Plan("2027-01-14T12:00-08:00", told);
        var again = Plan("2027-01-15T12:00-08:00", Apply(told, plan));

        Assert.IsFalse(plan.WindowOpen);
        CollectionAssert.AreEqual(Numbers(first.Batch).Order().ToArray(), plan.IssuePlans.Select(p => p.IssueNumber).Order().ToArray());
        Assert.IsTrue(plan.IssuePlans.All(p => p.Comments.Single().Body == first.IssuePlans[0].Comments[0].Body), "the notice of 12 January again");
        Assert.IsTrue(again.IsEmpty, string.Join(", ", again.IssuePlans.Select(p => p.IssueNumber)));
    }

    /// <summary>
    /// While a skipped batch waits for the next session's window, its session comment says the session is cancelled and that
    /// it says how to prepare once the batch is filled: the queue comment must not send the applicant there to prepare, where
    /// it said so of the next session, nor, without a next session, keep naming the cancelled one.
    /// </summary>
    [TestMethod]
    public void While_a_skipped_batch_waits_its_queue_comment_does_not_say_the_session_comment_says_how_to_prepare()
    {
        var scheduled = Apply(Backlog(), Plan(FourteenDaysBefore, Backlog()))
            .Select(a => a with { QueueNotice = QueuePositionNotice.Scheduled(Date("2027-01-12")).MarkedBody }).ToList();
        var noneAfter = new ReviewCalendar(Settings(LosAngeles, dates: ["2026-12-08", "2027-01-12"], skip: ["2027-01-12"]));

        var plan = Plan("2026-12-30T12:00-08:00", scheduled, calendar: Monthly("2027-01-12"));
        var noNext = Plan("2026-12-30T12:00-08:00", scheduled, calendar: noneAfter);

        var queue = plan.IssuePlans.Single(p => p.IssueNumber == 3).Comments.Single(c => c.Purpose == QueuePositionNotice.Purpose);
        GoldenFile.AssertMatches("queue-position-moved", queue.MarkedBody);
        var unknown = noNext.IssuePlans.Single(p => p.IssueNumber == 3).Comments.Single(c => c.Purpose == QueuePositionNotice.Purpose).Body;
        Assert.DoesNotContain("2027-01-12", unknown);
        StringAssert.Contains(unknown, "the calendar has no session after it yet");
    }

    /// <summary>
    /// An agenda opened before its session was added to sessions.skip announced a meeting that would not be held, open for
    /// good: the plan closes it with one comment naming the session its batch moves to. One closed (by that plan, or by staff)
    /// is left alone, and so is the agenda of a session that is not skipped.
    /// </summary>
    [TestMethod]
    public void An_open_agenda_of_a_skipped_session_is_closed_with_a_comment_naming_the_next_session()
    {
        var first = Plan(FourteenDaysBefore, Backlog());
        var scheduled = Apply(Backlog(), first);
        var agenda = Opened(first.Agenda!, 40);
        var held = Opened(first.Agenda!, 41) with
        {
            Title = "Review session 2026-12-08",
            Body = first.Agenda!.Body.Replace("2027-01-12", "2026-12-08", StringComparison.Ordinal),
        };
        var skipped = Monthly("2027-01-12");

        var plan = Plan("2026-12-30T12:00-08:00", scheduled, calendar: skipped, agendas: [History(agenda), History(held)]);
        var closed = Plan("2026-12-30T12:00-08:00", Apply(scheduled, plan), calendar: skipped,
            agendas: [History(agenda with { IsOpen = false }), History(held)]);
        var notSkipped = Plan("2026-12-30T12:00-08:00", scheduled, agendas: [History(agenda), History(held)]);

        Assert.IsFalse(plan.WindowOpen, "the next session, 9 February, is 41 days away");
        var close = plan.IssuePlans.Single(p => p.IssueNumber is 40 or 41);
        Assert.AreEqual(40, close.IssueNumber);
        Assert.AreEqual(new IssueStateChange(false, "not_planned"), close.State);
        var comment = close.Comments.Single();
        StringAssert.Contains(comment.Body, "2027-01-12");
        StringAssert.Contains(comment.Body, "Tuesday 9 February 2027");
        Assert.IsTrue(closed.IsEmpty);
        Assert.IsFalse(notSkipped.IssuePlans.Any(p => p.IssueNumber is 40 or 41));
    }

    /// <summary>
    /// Staff take the date out of sessions.skip again: the agenda the plan closed is reopened, its cancellation comment
    /// edited to say the session is back on. One staff closed themselves (without the automation's cancellation), or closed
    /// again once it was reopened, is left alone; one whose reopen failed after its comment was edited is reopened.
    /// </summary>
    [TestMethod]
    public void An_agenda_closed_for_a_skipped_session_is_reopened_once_the_date_is_out_of_sessions_skip_again()
    {
        var first = Plan(FourteenDaysBefore, Backlog());
        var scheduled = Apply(Backlog(), first);
        var agenda = Opened(first.Agenda!, 40);
        var cancel = Plan("2026-12-30T12:00-08:00", scheduled, calendar: Monthly("2027-01-12"), agendas: [History(agenda)])
            .IssuePlans.Single(p => p.IssueNumber == 40);
        var closedAt = At("2026-12-30T21:00Z");
        var cancelled = History(agenda with { IsOpen = false, ClosedAt = closedAt }, Own(cancel.Comments.Single(), closedAt));

        var plan = Plan("2027-01-02T12:00-08:00", scheduled, agendas: [cancelled]).IssuePlans.Single(p => p.IssueNumber == 40);
        var reopened = History(agenda, Own(plan.Comments.Single(), At("2027-01-02T21:00Z")));
        var again = Plan("2027-01-02T12:00-08:00", scheduled, agendas: [reopened]);
        var staffClosed = Plan("2027-01-03T12:00-08:00", scheduled,
            agendas: [reopened with { Issue = agenda with { IsOpen = false, ClosedAt = At("2027-01-03T18:00Z") } }]);
        var closedByHand = Plan("2027-01-02T12:00-08:00", scheduled, agendas: [History(agenda with { IsOpen = false, ClosedAt = closedAt })]);
        var halfway = Plan("2027-01-02T12:00-08:00", scheduled, agendas: [reopened with { Issue = agenda with { IsOpen = false, ClosedAt = closedAt } }]);

        Assert.AreEqual(new IssueStateChange(true), plan.State);
        Assert.AreEqual(ReviewAgenda.CancelledPurpose, plan.Comments.Single().Purpose);
        StringAssert.Contains(plan.Comments.Single().Body, "review session of 2027-01-12 is back on");
        Assert.IsFalse(again.IssuePlans.Any(p => p.IssueNumber == 40), "a second run writes nothing");
        Assert.IsFalse(staffClosed.IssuePlans.Any(p => p.IssueNumber == 40), "closed by staff once reopened");
        Assert.IsFalse(closedByHand.IssuePlans.Any(p => p.IssueNumber == 40), "closed by staff, never cancelled");
        Assert.AreEqual(new IssueStateChange(true), halfway.IssuePlans.Single(p => p.IssueNumber == 40).State, "its reopen failed after the edit");
    }

    private static IssueHistory History(IssueSnapshot issue, params CommentSnapshot[] comments) => new(issue, comments, []);

    private static CommentSnapshot Own(CommentUpsert comment, DateTimeOffset at) =>
        new(400, "ecosystem-bot[bot]", true, comment.MarkedBody, At("2026-12-30T21:00Z"), at, "");

    [TestMethod]
    public void A_hand_labelled_application_joins_the_batch_and_gets_its_comment()
    {
        var candidates = Backlog();
        candidates.Add(Ready(30).WithIssue(i => i with { Labels = ["In review", "New"] }));

        var plan = Plan(FourteenDaysBefore, candidates);

        var adopted = plan.Batch.Single(b => b.Application.Issue.Number == 30);
        Assert.AreEqual(BatchChange.Adopted, adopted.Change);
        Assert.HasCount(10, plan.Batch);
        var issuePlan = plan.IssuePlans.Single(p => p.IssueNumber == 30);
        Assert.IsEmpty(issuePlan.AddLabels);
        CollectionAssert.AreEqual(new[] { "New" }, issuePlan.RemoveLabels.ToArray());
        CollectionAssert.AreEqual(new[] { ReviewSessionNotice.Purpose, QueuePositionNotice.Purpose }, issuePlan.Comments.Select(c => c.Purpose).ToArray());
        Assert.IsTrue(issuePlan.Comments[1].EditOnly, "a queue comment is brought up to date, never created, when the application joins a batch");
    }

    [TestMethod]
    public void A_scheduled_application_that_got_New_back_only_loses_it_again()
    {
        var scheduled = Apply(Backlog(), Plan(FourteenDaysBefore, Backlog()));
        var relabelled = scheduled.Select(a => a.Issue.Number == 1 ? a.With("New") : a).ToList();

        var plan = Plan("2026-12-30T12:00-08:00", relabelled);

        var issuePlan = plan.IssuePlans.Single();
        Assert.AreEqual(1, issuePlan.IssueNumber);
        CollectionAssert.AreEqual(new[] { "New" }, issuePlan.RemoveLabels.ToArray());
        Assert.IsEmpty(issuePlan.AddLabels);
        Assert.IsEmpty(issuePlan.Comments);
        Assert.IsNull(issuePlan.Board);
    }

    [TestMethod]
    public void Fewer_ready_than_the_minimum_schedules_them_all_with_a_warning()
    {
        var plan = Plan(FourteenDaysBefore, [.. Enumerable.Range(1, 5).Select(n => Ready(n))]);

        Assert.HasCount(5, plan.Batch);
        Assert.AreEqual(
            "The batch for the session on 2027-01-12 has 5 applications, fewer than the minimum of 7: the backlog has no more that are ready.",
            plan.Warnings.Single());
    }

    [TestMethod]
    public void One_ready_application_below_the_minimum_is_counted_as_one()
    {
        var plan = Plan(FourteenDaysBefore, [Ready(1)]);

        Assert.AreEqual(
            "The batch for the session on 2027-01-12 has 1 application, fewer than the minimum of 7: the backlog has no more that are ready.",
            plan.Warnings.Single());
    }

    [TestMethod]
    public void Keeping_New_on_schedule_is_configurable()
    {
        var plan = Plan(FourteenDaysBefore, [Ready(1)], new SchedulingRules { RemoveNewOnSchedule = false, Columns = null });

        Assert.IsEmpty(plan.IssuePlans.Single().RemoveLabels);
        Assert.IsEmpty(plan.BoardPlans);
        CollectionAssert.AreEqual(new[] { "In review", "New" }, plan.Batch.Single().LabelsAfter.ToArray());
    }

    [TestMethod]
    public void Label_names_come_from_the_rules()
    {
        var rules = new SchedulingRules { Labels = new() { New = "backlog", InReview = "review - next", Returning = "again" } };
        QueueCandidate[] candidates = 
        [
            Ready(1).WithIssue(i => i with { Labels = ["backlog"] }),
            Ready(2).WithIssue(i => i with { Labels = ["backlog", "again"] }),
            Ready(3),
        ];

        var plan = Plan(FourteenDaysBefore, candidates, rules);

        CollectionAssert.AreEqual(new[] { 2, 1 }, Numbers(plan.Batch));
        CollectionAssert.AreEqual(new[] { "review - next" }, plan.IssuePlans[0].AddLabels.ToArray());
        CollectionAssert.AreEqual(new[] { "backlog" }, plan.IssuePlans[0].RemoveLabels.ToArray());
    }

    [TestMethod]
    public void A_session_date_and_batch_size_chosen_by_hand_fill_now_whatever_the_lead_time()
    {
        var overrides = new SchedulingOverrides(Date("2027-01-05"), 3);

        var plan = Plan("2026-12-10T12:00-08:00", Backlog(), overrides: overrides);

        Assert.AreEqual(new ReviewSession(Date("2027-01-05"), At("2027-01-05T09:00-08:00")) { ChosenByHand = true }, plan.Target);
        CollectionAssert.AreEqual(new[] { 3, 9, 1 }, Numbers(plan.Batch));
        Assert.IsEmpty(plan.Warnings);
    }

    [TestMethod]
    [DataRow("2027-02-09", "2027-03-09", DisplayName = "a session of the calendar")]
    [DataRow("2027-01-19", "2027-02-09", DisplayName = "a date of its own")]
    public void A_session_chosen_after_the_next_one_takes_its_batch_now_and_the_queue_still_expects_the_next_one(string chosen, string overflow)
    {
        // Fifteen days before 2027-01-12: the nightly run would fill nothing yet, but staff fill a later session now.
        var candidates = Backlog();
        candidates.AddRange(Enumerable.Range(40, 12).Select(n => Ready(n)));

        var dispatched = Plan(FifteenDaysBefore, candidates, overrides: new SchedulingOverrides(Date(chosen)));

        Assert.AreEqual(Date(chosen), dispatched.Target?.Date);
        CollectionAssert.AreEqual(new[] { 3, 9, 1, 2, 8, 10, 11, 12, 13, 14 }, Numbers(dispatched.Batch));
        var queue = dispatched.Forecast.Queue;
        CollectionAssert.AreEqual(
            new[] { 15, 16, 17, 18, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51 }, queue.Select(e => e.IssueNumber).ToArray());
        Assert.IsTrue(queue.Take(10).All(e => e.ExpectedSession == Date("2027-01-12")), "the regular session before the chosen one keeps its room");
        Assert.IsTrue(queue.Skip(10).All(e => e.ExpectedSession == Date(overflow)));
        CollectionAssert.AreEqual(new[] { Date("2027-01-12"), Date(chosen), Date(overflow) }, dispatched.Forecast.Sessions.Select(s => s.Date).ToArray());

        // The nightly run right after tells every waiting applicant the same.
        var nightly = Plan(FifteenDaysBefore, Apply(candidates, dispatched));

        Assert.AreEqual(Date("2027-01-12"), nightly.Target?.Date);
        Assert.IsTrue(nightly.IsEmpty);
        CollectionAssert.AreEqual(queue.ToArray(), nightly.Forecast.Queue.ToArray());
        CollectionAssert.AreEqual(
            dispatched.QueueNotices.Select(p => (p.IssueNumber, p.Comments.Single().Body)).ToArray(),
            nightly.QueueNotices.Select(p => (p.IssueNumber, p.Comments.Single().Body)).ToArray());
    }

    [TestMethod]
    public void A_session_chosen_on_the_day_of_one_already_started_expects_no_one_at_the_started_one()
    {
        // 12 January's session has a batch of 7, and started at 09:00; at 15:00 that day staff fill 9 February's batch.
        const string SessionAfternoon = "2027-01-12T15:00-08:00";
        var candidates = Backlog();
        candidates.AddRange(Enumerable.Range(40, 12).Select(n => Ready(n)));
        candidates = Apply(candidates, Plan(FourteenDaysBefore, candidates, overrides: new SchedulingOverrides(BatchSize: 7)));

        var dispatched = Plan(SessionAfternoon, candidates, overrides: new SchedulingOverrides(Date("2027-02-09")));

        CollectionAssert.AreEqual(new[] { 12, 13, 14, 15, 16, 17, 18, 40, 41, 42 }, Numbers(dispatched.Batch));
        CollectionAssert.AreEqual(Enumerable.Range(43, 9).ToArray(), dispatched.Forecast.Queue.Select(e => e.IssueNumber).ToArray());
        Assert.IsTrue(dispatched.Forecast.Queue.All(e => e.ExpectedSession == Date("2027-03-09")), "the session held today takes no one more");

        // The nightly run that evening tells every waiting applicant the same.
        var nightly = Plan(SessionAfternoon, Apply(candidates, dispatched));
        CollectionAssert.AreEqual(dispatched.Forecast.Queue.ToArray(), nightly.Forecast.Queue.ToArray());
    }

    [TestMethod]
    public void Without_any_session_the_plan_warns_and_moves_nothing()
    {
        var calendar = new ReviewCalendar(Settings(LosAngeles));

        var plan = Plan(FourteenDaysBefore, Backlog(), calendar: calendar);

        Assert.IsTrue(plan.IsEmpty);
        StringAssert.StartsWith(plan.Warnings.Single(), "There is no upcoming review session");
        Assert.IsTrue(plan.Forecast.Queue.All(e => e.ExpectedSession is null));
    }

    [TestMethod]
    public void The_forecast_places_the_rest_of_the_queue_in_the_following_sessions()
    {
        var candidates = Backlog();
        candidates.AddRange(Enumerable.Range(40, 12).Select(n => Ready(n)));

        var plan = Plan(FourteenDaysBefore, candidates);

        var queue = plan.Forecast.Queue;
        CollectionAssert.AreEqual(Enumerable.Range(1, 16).ToArray(), queue.Select(e => e.Position).ToArray());
        CollectionAssert.AreEqual(new[] { 15, 16, 17, 18, 40, 41 }, queue.Take(6).Select(e => e.IssueNumber).ToArray());
        Assert.IsTrue(queue.Take(10).All(e => e.ExpectedSession == Date("2027-02-09")));
        Assert.IsTrue(queue.Skip(10).All(e => e.ExpectedSession == Date("2027-03-09")));
        CollectionAssert.AreEqual(
            new[] { Date("2027-01-12"), Date("2027-02-09"), Date("2027-03-09") },
            plan.Forecast.Sessions.Select(s => s.Date).ToArray());
        CollectionAssert.AreEqual(new[] { 3, 9, 1, 2, 8, 10, 11, 12, 13, 14 }, plan.Forecast.Sessions[0].Scheduled.ToArray());
    }

    [TestMethod]
    public void Before_the_window_the_forecast_expects_the_queue_in_the_target_session()
    {
        var plan = Plan(FifteenDaysBefore, Backlog());

        Assert.AreEqual(new DateOnly(2027, 1, 12), SessionOf(plan.Forecast.Queue[0]));
        Assert.AreEqual(3, plan.Forecast.Queue[0].IssueNumber);
        CollectionAssert.AreEqual(new[] { 3, 9, 1, 2, 8, 10, 11, 12, 13, 14 }, plan.Forecast.Sessions[0].Expected.ToArray());
        Assert.AreEqual(new DateOnly(2027, 2, 9), SessionOf(plan.Forecast.Queue[10]));
    }

    [TestMethod]
    public void The_forecast_counts_applications_put_in_review_by_hand_for_a_later_session()
    {
        // Batch size 3; 21 and 22 were put in review by hand for 2027-02-09, so that session has room for one more.
        var rules = new SchedulingRules { BatchMax = 3, BatchMin = 1 };
        List<QueueCandidate> candidates =
        [
            .. Enumerable.Range(1, 5).Select(n => Ready(n)),
            .. new[] { 21, 22 }.Select(n => Ready(n).WithIssue(i => i with { Labels = ["In review"] }) with { ScheduledSession = Date("2027-02-09") }),
        ];

        var plan = Plan(FourteenDaysBefore, candidates, rules);

        CollectionAssert.AreEqual(new[] { 1, 2, 3 }, Numbers(plan.Batch));
        CollectionAssert.AreEqual(
            new (int, DateOnly?)[] { (4, Date("2027-02-09")), (5, Date("2027-03-09")) },
            plan.Forecast.Queue.Select(e => (e.IssueNumber, SessionOf(e))).ToArray());
        CollectionAssert.AreEqual(new[] { 21, 22 }, plan.Forecast.Sessions[1].Scheduled.ToArray());
        CollectionAssert.AreEqual(new[] { 4 }, plan.Forecast.Sessions[1].Expected.ToArray());

        // Fourteen days before 2027-02-09 the scheduler takes only the room left, as the applicants were told.
        var next = Plan("2027-01-26T12:00-08:00", Apply(candidates, plan), rules);

        Assert.AreEqual(Date("2027-02-09"), next.Target?.Date);
        CollectionAssert.AreEqual(new[] { 4, 21, 22 }, Numbers(next.Batch));
        Assert.AreEqual(Date("2027-03-09"), SessionOf(next.Forecast.Queue.Single()));
    }

    /// <summary>A thousand candidates in one plan; its speed is benchmarked (README, <c>schedule</c> with a backlog of 1,000).</summary>
    [TestMethod]
    public void A_thousand_candidates_are_planned_returning_first_and_the_rest_forecast()
    {
        var candidates = Enumerable.Range(1, 1000).Select(n => n % 7 == 0 ? Ready(n, "Returning") : Ready(n)).ToList();

        var plan = Plan(FourteenDaysBefore, candidates);

        CollectionAssert.AreEqual(new[] { 7, 14, 21, 28, 35, 42, 49, 56, 63, 70 }, Numbers(plan.Batch));
        Assert.HasCount(990, plan.Forecast.Queue);
        Assert.AreEqual(new DateOnly(2035, 4, 10), SessionOf(plan.Forecast.Queue[^1]));
    }
}
