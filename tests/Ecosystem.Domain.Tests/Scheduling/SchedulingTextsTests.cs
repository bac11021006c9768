using System.Globalization;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Microsoft.Extensions.Time.Testing;
using static Ecosystem.Domain.Tests.Scheduling.Applications;
using static Ecosystem.Domain.Tests.Scheduling.Calendars;

namespace Ecosystem.Domain.Tests.Scheduling;

[TestClass]
public sealed class SchedulingTextsTests
{
    private static readonly ReviewCalendar Calendar = Monthly();

    private static SchedulePlan PlanWithHostileTitle()
    {
        QueueCandidate[] candidates =
        [
            Ready(12).WithIssue(i => i with { Title = "[Ecosystem] Torch|Fast <!-- ecosystem-bot:review-agenda --> @pytorch/tac *bold*" }),
            Ready(7, "Returning") with { IntakeVerdict = "complete" },
            Ready(15) with { IntakeVerdict = "1 problem: licence | unknown" },
            Ready(21),
            Ready(4, "Waiting on comment"),
            .. Enumerable.Range(30, 8).Select(n => Ready(n)),
        ];
        var planner = new BatchPlanner(Calendar, new SchedulingRules(), new IntakeRules(), new FakeTimeProvider(At("2026-12-29T12:00-08:00")));
        return planner.Plan(candidates, Repository);
    }

    [TestMethod]
    public void The_review_session_comment_matches_its_golden_file()
    {
        var body = PlanWithHostileTitle().IssuePlans[0].Comments[0].Body;

        GoldenFile.AssertMatches("review-session-comment.md", body);
    }

    [TestMethod]
    public void The_agenda_matches_its_golden_file_and_neutralises_titles()
    {
        var agenda = PlanWithHostileTitle().Agenda!;

        Assert.AreEqual("Review session 2027-01-12", agenda.Title);
        GoldenFile.AssertMatches("review-session-agenda.md", agenda.Body);
        Assert.AreEqual(4, agenda.Body.Split("<!--").Length - 1, "Only the automation's own four hidden lines are HTML comments.");
    }

    [TestMethod]
    public void A_fifo_agenda_does_not_promise_returning_applications_first()
    {
        var rules = new SchedulingRules { Order = ReviewOrder.Fifo };
        var planner = new BatchPlanner(Calendar, rules, new IntakeRules(), new FakeTimeProvider(At("2026-12-29T12:00-08:00")));
        var agenda = planner.Plan([Ready(7, "Returning"), Ready(12)], Repository).Agenda!;

        Assert.Contains("in review order (by issue number).", agenda.Body);
        Assert.DoesNotContain("returning applications first", agenda.Body);
    }

    [TestMethod]
    public void The_step_summary_matches_its_golden_file()
    {
        var summary = PlanWithHostileTitle().Summary(Calendar.TimeZone);

        GoldenFile.AssertMatches("schedule-summary.md", summary);
    }

    [TestMethod]
    public void The_run_log_matches_its_golden_file()
    {
        var planner = new BatchPlanner(Calendar, new SchedulingRules(), new IntakeRules(), new FakeTimeProvider(At("2026-12-29T12:00-08:00")));
        QueueCandidate[] candidates =
            [Ready(7, "Returning"), Ready(12).WithIssue(i => i with { Assignees = ["zed"] }), .. Enumerable.Range(30, 12).Select(n => Ready(n))];

        var plan = planner.Plan(candidates, Repository, null, new ReviewerPool(["alice", "bob"], 1));

        GoldenFile.AssertMatches("schedule-log.txt", plan.Log(Calendar.TimeZone));
    }

    /// <summary>The run's texts read "in 1 day(s)", "schedules 1 application(s)", "1 application(s) waiting".</summary>
    [TestMethod]
    public void Counts_of_one_read_as_English_in_the_summary_and_the_log()
    {
        var planner = new BatchPlanner(Calendar, new SchedulingRules(), new IntakeRules(), new FakeTimeProvider(At("2027-01-11T12:00-08:00")));
        var plan = planner.Plan([Ready(1), Ready(2)], Repository, new SchedulingOverrides(Date("2027-01-12")) with { BatchSize = 1 });

        var summary = plan.Summary(Calendar.TimeZone);
        var log = plan.Log(Calendar.TimeZone);

        StringAssert.Contains(summary, "in 1 day. This run schedules 1 application from the backlog and updates 1 issue.");
        StringAssert.Contains(log, "in 1 day; its batch is being filled.");
        StringAssert.Contains(log, "Queue: 1 application waiting.");
        Assert.DoesNotContain("(s)", summary + log);
    }

    /// <summary>On the session's own day the summary read "on **…**, in today." and the log "in 0 days".</summary>
    [TestMethod]
    public void On_the_session_day_the_summary_and_the_log_say_today()
    {
        var planner = new BatchPlanner(Calendar, new SchedulingRules(), new IntakeRules(), new FakeTimeProvider(At("2027-01-12T06:00-08:00")));
        var plan = planner.Plan([Ready(1)], Repository);

        StringAssert.Contains(plan.Summary(Calendar.TimeZone), "(17:00 UTC)**, today.");
        StringAssert.Contains(plan.Log(Calendar.TimeZone), "Target session: 2027-01-12 (America/Los_Angeles), today;");
    }

    /// <summary>A queue filling seven sessions: the chart's last line read "later : 1 more sessions".</summary>
    [TestMethod]
    public void The_chart_counts_one_session_beyond_its_six_as_one()
    {
        var planner = new BatchPlanner(Calendar, new SchedulingRules(), new IntakeRules(), new FakeTimeProvider(At("2026-12-29T12:00-08:00")));

        var summary = planner.Plan([.. Enumerable.Range(1, 70).Select(n => Ready(n))], Repository).Summary(Calendar.TimeZone);

        StringAssert.Contains(summary, "\n    later : 1 more session\n");
    }

    [TestMethod]
    public void The_summary_before_the_window_says_nothing_moves()
    {
        var planner = new BatchPlanner(Calendar, new SchedulingRules(), new IntakeRules(), new FakeTimeProvider(At("2026-12-28T12:00-08:00")));

        var summary = planner.Plan([Ready(1)], Repository).Summary(Calendar.TimeZone);

        StringAssert.Contains(summary, "in 15 days. Its batch is filled once the session is within the lead time; nothing moves yet.");
    }

    [TestMethod]
    public void Each_warning_is_its_own_alert_in_the_summary()
    {
        var planner = new BatchPlanner(Calendar, new SchedulingRules(), new IntakeRules(), new FakeTimeProvider(At("2026-12-29T12:00-08:00")));
        var plan = planner.Plan([Ready(1)], Repository, new SchedulingOverrides(Date("2027-01-12")) with { BatchSize = 2 }) with
        {
            Warnings = ["First <b>problem</b>.", "Second problem."],
        };

        var summary = plan.Summary(Calendar.TimeZone);

        StringAssert.Contains(summary, "\n> [!WARNING]\n> First &lt;b&gt;problem&lt;/b&gt;.\n\n> [!WARNING]\n> Second problem.\n");
    }

    [TestMethod]
    public void The_comment_closing_a_skipped_sessions_agenda_matches_its_golden_file()
    {
        var skipped = Monthly("2027-01-12");
        var agenda = new IssueSnapshot(40, "Review session 2027-01-12", PlanWithHostileTitle().Agenda!.Body, "ecosystem-bot[bot]", true, [],
            At("2026-12-29T20:00Z"), null, Repository + "/issues/40");

        var plans = ReviewAgenda.Skipped([new(agenda, [], [])], skipped, skipped.SessionOn(Date("2027-02-09")), Repository, Date("2026-12-30"));
        var unknown = ReviewAgenda.Skipped([new(agenda, [], [])], skipped, null, Repository, Date("2026-12-30"));

        var comment = plans.Single().Comments.Single();
        Assert.AreEqual(ReviewAgenda.CancelledPurpose, comment.Purpose);
        GoldenFile.AssertMatches("review-session-cancelled.md", comment.MarkedBody);
        StringAssert.Contains(unknown.Single().Comments.Single().Body, "Its applications wait for the next session; the calendar has none yet.");
    }

    [TestMethod]
    public void The_comment_closing_the_agenda_of_a_session_taken_out_of_the_calendar_matches_its_golden_file()
    {
        var without = Listed("2027-02-09");
        var agenda = new IssueSnapshot(40, "Review session 2027-01-12", PlanWithHostileTitle().Agenda!.Body, "ecosystem-bot[bot]", true, [],
            At("2026-12-29T20:00Z"), null, Repository + "/issues/40");

        var comment = ReviewAgenda.Skipped([new(agenda, [], [])], without, without.SessionOn(Date("2027-02-09")), Repository, Date("2026-12-30"))
            .Single().Comments.Single();

        GoldenFile.AssertMatches("review-session-cancelled-removed.md", comment.MarkedBody);
    }

    [TestMethod]
    public void The_comment_reopening_an_agenda_whose_session_is_back_on_matches_its_golden_file()
    {
        var agenda = new IssueSnapshot(40, "Review session 2027-01-12", PlanWithHostileTitle().Agenda!.Body, "ecosystem-bot[bot]", false, [],
            At("2026-12-29T20:00Z"), At("2026-12-30T20:00Z"), Repository + "/issues/40");
        var cancelled = new CommentSnapshot(400, "ecosystem-bot[bot]", true, "<!-- ecosystem-bot:review-session-cancelled -->\nCancelled",
            At("2026-12-30T20:00Z"), At("2026-12-30T20:00Z"), "");

        var comment = ReviewAgenda.Skipped([new(agenda, [cancelled], [])], Calendar, null, Repository, Date("2026-12-30")).Single().Comments.Single();

        Assert.AreEqual(ReviewAgenda.CancelledPurpose, comment.Purpose);
        GoldenFile.AssertMatches("review-session-back-on.md", comment.MarkedBody);
    }

    [TestMethod]
    public void The_notice_of_an_application_whose_session_is_skipped_matches_its_golden_file()
    {
        var skipped = Monthly("2027-01-12");
        var next = skipped.SessionOn(Date("2027-02-09"));

        var body = ReviewSessionNotice.Moved(Date("2027-01-12"), true, next, skipped.TimeZone, new SchedulingRules());
        var unknown = ReviewSessionNotice.Moved(Date("2027-01-12"), true, null, skipped.TimeZone, new SchedulingRules());

        GoldenFile.AssertMatches("review-session-moved.md", body);
        StringAssert.Contains(unknown, "It keeps its place for the next session, which the calendar does not have yet");
        StringAssert.Contains(
            ReviewSessionNotice.Moved(Date("2027-01-12"), true, next, skipped.TimeZone, new SchedulingRules { LeadDays = 1 }),
            "Once that batch is filled, 1 day before the session,");
        StringAssert.Contains( // sessions.lead-days: 0 fills the batch on the session's day
            ReviewSessionNotice.Moved(Date("2027-01-12"), true, next, skipped.TimeZone, new SchedulingRules { LeadDays = 0 }),
            "Once that batch is filled, on the session's day, this comment");
        Assert.AreEqual(Date("2027-01-12"), ReviewSessionNotice.SessionDateIn(unknown), "the skipped date stays recorded until it moves");
    }

    [TestMethod]
    public void The_agenda_link_finds_the_agenda_issue_by_title()
    {
        var url = ReviewAgenda.SearchUrl(Repository + "/", Date("2027-01-12"));

        Assert.AreEqual("https://github.com/pytorch-fdn/ecosystem/issues?q=is%3Aissue%20in%3Atitle%20%22Review%20session%202027-01-12%22", url);
    }

    [TestMethod]
    public void The_session_date_is_read_back_only_from_the_automations_review_session_comment()
    {
        var body = ReviewSessionNotice.Render(
            Calendar.SessionOn(Date("2027-01-12")), Calendar.TimeZone, new SchedulingRules(), new IntakeRules(), Repository);

        Assert.AreEqual(Date("2027-01-12"), ReviewSessionNotice.SessionDateIn(body));
        Assert.IsNull(ReviewSessionNotice.SessionDateIn("<!-- ecosystem-bot-session: 2027-01-12 -->"));
        Assert.IsNull(ReviewSessionNotice.SessionDateIn("<!-- ecosystem-bot:intake-report -->\n<!-- ecosystem-bot-session: 2027-01-12 -->"));
        Assert.IsNull(ReviewSessionNotice.SessionDateIn("<!-- ecosystem-bot:review-session -->\n<!-- ecosystem-bot-session: soon -->"));
    }

    [TestMethod]
    public void The_recorded_session_is_the_first_the_automation_named_in_the_thread()
    {
        var at = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
        CommentSnapshot Comment(long id, string author, string body) => new(id, author, author.EndsWith("[bot]", StringComparison.Ordinal), body, at.AddMinutes(id), at.AddMinutes(id), "");
        var notice = ReviewSessionNotice.Render(
            Calendar.SessionOn(Date("2027-01-26")), Calendar.TimeZone, new SchedulingRules(), new IntakeRules(), Repository);
        var thread = new[]
        {
            Comment(3, "ecosystem-bot[bot]", notice),
            Comment(1, "mallory", "<!-- ecosystem-bot:review-session -->\n<!-- ecosystem-bot-session: 2027-01-12 -->"),
            Comment(2, "ecosystem-bot[bot]", "<!-- ecosystem-bot:review-session -->\n<!-- ecosystem-bot-session: soon -->"),
        };

        Assert.AreEqual(Date("2027-01-26"), ReviewSessionNotice.RecordedIn(thread, "ecosystem-bot[bot]", Calendar),
            "A person's line is not trusted; a notice without a date is passed over.");
        Assert.IsNull(ReviewSessionNotice.RecordedIn(thread, "someone-else[bot]", Calendar));
    }

    /// <summary>
    /// The guard's reply to a return, as its twins stand until the applier deletes the later: the kept one dates the return,
    /// so the session read does not change when the twin goes.
    /// </summary>
    [TestMethod]
    public void The_return_is_dated_by_the_reply_the_applier_keeps()
    {
        // A second before the session of 12 January starts (09:00 Los Angeles): the twin, two seconds later, came back after it.
        var kept = At("2027-01-12T16:59:59Z");

        Assert.AreEqual(Date("2027-01-12"), ReviewSessionNotice.RecordedIn(ReturnedThread(kept, kept.AddSeconds(2)), "ecosystem-bot[bot]", Calendar));
    }

    /// <summary>
    /// Reviewed at the session of 12 January (09:00 Los Angeles, 17:00 UTC) and sent back that evening: the session was the
    /// review it came back from, not its next one, where reading days took it as current (the scheduler as scheduled, the
    /// tally opening and dating the vote from it). Back that morning, before the session starts, it is still that session's.
    /// </summary>
    [TestMethod]
    public void A_return_later_on_the_sessions_own_day_reads_no_session_one_before_it_starts_reads_that_session()
    {
        Assert.IsNull(ReviewSessionNotice.RecordedIn(ReturnedThread(At("2027-01-12T20:00Z")), "ecosystem-bot[bot]", Calendar));
        Assert.AreEqual(Date("2027-01-12"), ReviewSessionNotice.RecordedIn(ReturnedThread(At("2027-01-12T16:00Z")), "ecosystem-bot[bot]", Calendar));
    }

    /// <summary>The session comment for 12 January, written on 29 December; the guard's replies to a return at <paramref name="replies"/>.</summary>
    private static CommentSnapshot[] ReturnedThread(params DateTimeOffset[] replies)
    {
        var notice = ReviewSessionNotice.Render(
            Calendar.SessionOn(Date("2027-01-12")), Calendar.TimeZone, new SchedulingRules(), new IntakeRules(), Repository);
        var reply = HiddenMarker.Stamp(ReturningRequests.Purpose, "Back in the backlog.");
        static CommentSnapshot Own(long id, string body, DateTimeOffset at) => new(id, "ecosystem-bot[bot]", true, body, at, at, "");
        return [Own(1, notice, At("2026-12-29T20:00Z")), .. replies.Select((at, i) => Own(2 + i, reply, at))];
    }

    [TestMethod]
    public void The_session_comment_lists_the_configured_thresholds()
    {
        var requirements = new IntakeRules { MinMaintainers = 3, MinContributors = 8, MinCommits = 45, MinStars = 1000 };

        var body = ReviewSessionNotice.Render(
            Calendar.SessionOn(Date("2027-01-12")), Calendar.TimeZone, new SchedulingRules(), requirements, Repository);

        StringAssert.Contains(body, "11. At least 3 core maintainers");
        StringAssert.Contains(body, "12. At least 8 contributors active in the last 90 days");
        StringAssert.Contains(body, "13. At least 45 commits in the last 90 days");
        StringAssert.Contains(body, "14. At least 1000 GitHub stars");
    }

    [TestMethod]
    public void The_forecast_chart_names_issue_numbers_only_and_is_bounded()
    {
        var candidates = Enumerable.Range(1, 100).Select(n => Ready(n).WithIssue(i => i with { Title = "a : b ; c # d" })).ToList();
        var planner = new BatchPlanner(Calendar, new SchedulingRules(), new IntakeRules(), new FakeTimeProvider(At("2026-12-29T12:00-08:00")));

        var summary = planner.Plan(candidates, Repository).Summary(Calendar.TimeZone);
        var start = summary.IndexOf("```mermaid", StringComparison.Ordinal);
        var chart = summary[start..(summary.IndexOf("\n```\n", start, StringComparison.Ordinal) + 5)];

        StringAssert.StartsWith(chart, "```mermaid\ntimeline\n    title Coming review sessions\n    2027-01-12 : scheduled No. 1, No. 2,");
        StringAssert.Contains(chart, "    later : 4 more sessions\n");
        Assert.DoesNotContain("a : b", chart);
    }

    [TestMethod]
    [DataRow("America/Los_Angeles", "2027-01-12T17:00", "Tuesday 12 January 2027, 17:00 America/Los_Angeles (01:00 UTC on Wednesday 13 January)")]
    [DataRow("Asia/Tokyo", "2027-01-12T08:00", "Tuesday 12 January 2027, 08:00 Asia/Tokyo (23:00 UTC on Monday 11 January)")]
    [DataRow("Pacific/Auckland", "2027-12-31T10:00", "Friday 31 December 2027, 10:00 Pacific/Auckland (21:00 UTC on Thursday 30 December)")]
    [DataRow("America/Los_Angeles", "2027-01-12T09:00", "Tuesday 12 January 2027, 09:00 America/Los_Angeles (17:00 UTC)")]
    public void A_session_whose_utc_time_falls_on_another_day_names_that_day(string zone, string start, string expected)
    {
        var calendar = new ReviewCalendar(Settings(zone, dates: [start]));
        var session = calendar.SessionOn(DateOnly.FromDateTime(DateTime.Parse(start, CultureInfo.InvariantCulture)));

        Assert.AreEqual(expected, SessionText.When(session, calendar.TimeZone));
    }
}
