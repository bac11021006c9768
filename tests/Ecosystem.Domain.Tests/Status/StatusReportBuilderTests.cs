using System.Globalization;
using System.Text.RegularExpressions;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Status;
using static Ecosystem.Domain.Tests.Scheduling.Calendars;

namespace Ecosystem.Domain.Tests.Status;

[TestClass]
public sealed class StatusReportBuilderTests
{
    private static readonly DateTimeOffset October = At("2026-10-01T12:00Z");

    [TestMethod]
    public void Each_stage_is_read_from_the_labels_and_the_schedulers_queue()
    {
        var world = new StatusWorld();
        world.Add(1, October, "In review").Session("2026-12-08");                  // scheduled for the next session
        world.Add(2, October, "In review").Session("2026-11-10");                  // its session has passed
        world.Add(3, October, "In review", "in voting").Session("2026-11-10");
        world.Add(4, October, "New", "Waiting on comment");
        world.Add(5, October, "New").Incomplete();
        world.Add(6, October, "New");
        world.Add(7, October, "Accepted").Session("2026-11-10");                  // decided: not an open application
        world.Add(8, October, "New", "in voting");                                 // stale New: voting

        var report = world.Build();

        CollectionAssert.AreEqual(
            new[]
            {
                "3 | voting |  | 2026-11-10",
                "8 | voting |  | ",
                "2 | in-review |  | 2026-11-10",
                "1 | scheduled |  | 2026-12-08",
                "6 | backlog | 1 | 2026-12-08",
                "4 | waiting |  | ",
                "5 | held-back |  | ",
            },
            report.Rows("applications").Select(a => Line(a, "number", "stage_id", "place", "expected_date")).ToArray());
    }

    /// <summary>
    /// Staff swapped In review for the waiting label, and the scheduler had taken New off (the guard puts it back in the
    /// backlog once the applicant answers): in no queue meanwhile, the application was missing from the page altogether.
    /// </summary>
    [TestMethod]
    public void An_application_waiting_on_its_applicant_outside_any_queue_is_still_on_the_page()
    {
        var world = new StatusWorld();
        world.Add(1, October, "Waiting on comment").Session("2026-11-10");
        world.Add(2, October, "New");

        var report = world.Build();

        CollectionAssert.AreEqual(
            new[] { "2 | backlog | 1", "1 | waiting | " },
            report.Rows("applications").Select(a => Line(a, "number", "stage_id", "place")).ToArray());
        StringAssert.Contains(report.Summary(), "2 open applications (backlog: 1, waiting on the applicant: 1)");
    }

    /// <summary>
    /// Reviewed at its November session, then set waiting on its applicant by the Working Group (still in review): the page
    /// gave it no session, "once the applicant has answered", as if one were still to come, while its session comment and the
    /// page's own count of reviews have it reviewed on 2026-11-10; answered, it waits for its vote, not for a session.
    /// </summary>
    [TestMethod]
    public void An_application_set_waiting_after_its_session_is_listed_as_reviewed_there()
    {
        var world = new StatusWorld();
        world.Add(1, October, "In review").Session("2026-11-10").Label("Waiting on comment", At("2026-11-12T17:00Z"));

        var report = world.Build();

        CollectionAssert.AreEqual(
            new[] { "1 | waiting | 2026-11-10 | reviewed 2026-11-10" },
            report.Rows("applications").Select(a => Line(a, "number", "stage_id", "expected_date", "expected")).ToArray());
        CollectionAssert.AreEqual(new[] { "2026-11-10 | 1" }, report.Rows("reviewed").Select(s => Line(s, "date", "count")).ToArray());
        StringAssert.Contains(report.Summary(), "1 open application (waiting on the applicant: 1)");
    }

    /// <summary>
    /// Declined less than resubmit-after-days ago, the project applied again: intake holds it in the waiting label until its
    /// date. The page listed it as waiting on the applicant, "once the applicant has answered", though no answer moves it,
    /// and counted those weeks as time waiting on the applicant.
    /// </summary>
    [TestMethod]
    public void An_early_resubmission_is_listed_with_the_date_it_is_reviewed_as_new_from_not_as_waiting_on_its_applicant()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-11-20T00:00Z"), "New", "Waiting on comment").WaitsUntil("2027-02-15");
        world.Add(2, October, "New", "Waiting on comment");

        var report = world.Build();

        CollectionAssert.AreEqual(
            new[] { "2 | waiting | once the applicant has answered", "1 | resubmission | reviewed as new from 2027-02-15" },
            report.Rows("applications").Select(a => Line(a, "number", "stage_id", "expected")).ToArray());
        StringAssert.Contains(report.Summary(), "(waiting on the applicant: 1, early resubmission: 1)");
        Assert.AreEqual(1, Figure(report, "waiting")["measured"], "only #2 waits on its applicant");
    }

    /// <summary>
    /// Its date come, intake reviewed the early resubmission as new and asked one question: the weeks it waited on its date
    /// counted as waiting on the applicant, who is waited on only from that day.
    /// </summary>
    [TestMethod]
    public void Time_waiting_on_an_early_resubmission_counts_from_the_day_it_was_reviewed_as_new()
    {
        var world = new StatusWorld();
        var created = At("2026-11-02T00:00Z");
        world.Add(1, created, "New", "Waiting on comment")
            .IntakeReport(created, "<!-- ecosystem-bot:reviewed-from 2026-12-01 -->");

        var figure = Figure(world.Build(), "waiting");

        Assert.AreEqual("1 | 2.3", Line(Rows(figure, "months").Single(m => Equals(m["month"], "Dec 2026")), "count", "median"));
    }

    /// <summary>
    /// Marked returning alone (staff put the label on by hand, or it was sent back after the scheduler took New off): the
    /// scheduler takes only what is new or in review, so it is in no queue, and the page, which says where every open
    /// application stands, left it out. It is listed as not in the review queue, as its queue comment says; an accepted
    /// application still open for its community highlight stays with the decisions.
    /// </summary>
    [TestMethod]
    public void An_open_application_in_no_queue_is_on_the_page_as_not_in_the_review_queue()
    {
        var world = new StatusWorld();
        world.Add(1, October, "Returning").Session("2026-11-10");
        world.Add(2, October, "New");
        world.Add(3, October).Label("Accepted", At("2026-11-12T12:00Z")).Label("Blog candidate", At("2026-11-12T12:00Z"));

        var report = world.Build();

        Assert.AreEqual(QueueStanding.NotQueued, world.Plan(world.Read()).Standings.Single(s => s.Any(c => c.Issue.Number == 1)).Key);
        CollectionAssert.AreEqual(
            new[] { "2 | backlog | 1 | 2026-12-08", "1 | not-queued |  | once it is put back in the queue" },
            report.Rows("applications").Select(a => Line(a, "number", "stage_id", "place", "expected")).ToArray());
        CollectionAssert.AreEqual(new[] { "3 | Accepted" }, report.Rows("decisions").Select(d => Line(d, "number", "outcome")).ToArray());
        StringAssert.Contains(report.Summary(), "2 open applications (backlog: 1, not in the review queue: 1)");
    }

    [TestMethod]
    public void The_queue_and_the_coming_sessions_are_the_schedulers_forecast_with_the_reviewers()
    {
        var world = new StatusWorld();
        world.Add(1, October, "In review").Session("2026-12-08").Assigned("bob", "carol");
        world.Add(2, October, "In review").Session("2026-12-08").Assigned("carol");
        for (var n = 3; n <= 27; n++)
        {
            world.Add(n, October, "New");
        }

        world.Add(28, October, "New", "Returning").Assigned("dave");

        var report = world.Build();

        // The next session takes 2 scheduled + 8 from the backlog (returning first); then 10 a session.
        var backlog = report.Rows("applications").Where(a => Equals(a["stage_id"], "backlog")).ToList();
        Assert.HasCount(26, backlog);
        CollectionAssert.AreEqual(new[] { 28, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, backlog.Take(10).Select(a => a["number"]).ToArray());
        CollectionAssert.AreEqual(Enumerable.Range(1, 26).ToArray(), backlog.Select(a => a["place"]).ToArray());
        Assert.AreEqual(8, backlog.Count(a => Equals(a["expected_date"], "2026-12-08")));
        Assert.AreEqual(10, backlog.Count(a => Equals(a["expected_date"], "2027-01-12")));
        Assert.AreEqual(8, backlog.Count(a => Equals(a["expected_date"], "2027-02-09")));

        var sessions = report.Rows("sessions");
        CollectionAssert.AreEqual(new[] { "2026-12-08", "2027-01-12", "2027-02-09" }, sessions.Select(s => s["date"]).ToArray());
        CollectionAssert.AreEqual(new[] { 28, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, Rows(sessions[0], "batch").Select(a => a["number"]).ToArray());
        CollectionAssert.AreEqual(new[] { "bob", "carol", "dave" }, ((IEnumerable<string>?)sessions[0]["reviewers"] ?? []).ToArray());
        Assert.HasCount(8, Rows(sessions[2], "batch"));
    }

    [TestMethod]
    [DataRow(ReviewOrder.ReturningFirst)]
    [DataRow(ReviewOrder.Fifo)]
    public void Each_place_and_session_on_the_page_is_what_the_schedule_run_tells_the_applicant(ReviewOrder order)
    {
        var world = new StatusWorld(order);
        world.Add(1, October, "In review").Session("2027-01-12");
        world.Add(2, October, "In review");                                        // labelled by hand: joins the batch
        world.Add(3, October, "In review").Session("2027-02-09");                  // chosen by hand for a later session
        world.Add(4, October, "In review").Session("2026-12-08");                  // reviewed
        world.Add(5, October, "In review", "Waiting on comment").Session("2027-01-12");
        world.Add(6, October, "New", "Waiting on comment");
        world.Add(7, October, "New").Incomplete();
        world.Add(8, October, "New", "in voting");
        world.Add(9, October, "New", "Accepted");
        for (var n = 10; n <= 34; n++)
        {
            world.Add(n, October, n % 7 == 0 ? ["New", "Returning"] : ["New"]);
        }

        // 33 days before the session of 2027-01-12: the run fills no batch, and tells each applicant its place.
        world.Clock.SetUtcNow(At("2026-12-10T06:00Z"));
        var applications = world.Read();
        var told = Told(world.Plan(applications));
        AssertThePageSays(told, world.Build(applications));

        // The night the batch is filled: read before the run, the page still says what the last run told (those the run
        // takes lead the backlog); read after it, what this run told.
        world.Clock.SetUtcNow(At("2026-12-30T06:00Z"));
        AssertThePageSays(told, world.Build(applications));
        var plan = world.Plan(applications);
        Assert.IsTrue(plan.Batch.Any(b => b.Change == BatchChange.Added), "the run fills the batch");
        AssertThePageSays(Told(plan), world.Build(StatusWorld.Apply(applications, plan)));
    }

    /// <summary>
    /// The run that fills a batch, on the eve of its session (midnight in Los Angeles is 08:00 UTC), as it starts, on the day
    /// after, and around a session in summer time (2027-04-13 starts at 16:00 UTC): once its plan is applied, the page places
    /// every application where that run's comments do, the waiting, the held back and the returning ones too.
    /// </summary>
    [TestMethod]
    [DataRow("2026-12-04T00:00Z")]
    [DataRow("2026-12-08T07:59Z")]
    [DataRow("2026-12-08T08:00Z")]
    [DataRow("2026-12-08T16:59Z")]
    [DataRow("2026-12-08T17:00Z")]
    [DataRow("2026-12-09T07:59Z")]
    [DataRow("2027-04-13T15:59Z")]
    [DataRow("2027-04-13T16:00Z")]
    public void Around_midnight_and_a_sessions_start_the_page_places_each_application_as_the_comments_do(string now)
    {
        var world = new StatusWorld();
        world.Add(1, October, "In review").Session("2026-12-08");
        world.Add(2, October, "In review", "Waiting on comment").Session("2026-12-08");
        world.Add(3, October, "New", "Waiting on comment");
        world.Add(4, October, "New").Incomplete();
        for (var n = 10; n <= 40; n++)
        {
            world.Add(n, October, n % 5 == 0 ? ["New", "Returning"] : ["New"]);
        }

        world.Clock.SetUtcNow(At(now));
        var applications = world.Read();
        var plan = world.Plan(applications);

        AssertThePageSays(Told(plan), world.Build(StatusWorld.Apply(applications, plan)));
    }

    /// <summary>
    /// Staff chose a batch of 2 for the session of 2027-01-12 (the input batch-size): its agenda records it, the queue comments
    /// count on it, and so does the page, the night of the dispatch and the nights after.
    /// </summary>
    [TestMethod]
    public void A_batch_size_chosen_by_hand_places_the_queue_on_the_page_as_the_comments_say()
    {
        var world = new StatusWorld();
        for (var n = 1; n <= 14; n++)
        {
            world.Add(n, October, "New");
        }

        world.Clock.SetUtcNow(At("2026-12-30T06:00Z"));
        var plan = world.Plan(world.Read(), new SchedulingOverrides(BatchSize: 2));
        Assert.HasCount(2, plan.Batch);
        world.Open(plan, 100);
        var applications = StatusWorld.Apply(world.Read(), plan);

        AssertThePageSays(Told(plan), world.Build(applications));
        world.Clock.SetUtcNow(At("2026-12-31T06:00Z"));
        var nextNight = Told(world.Plan(applications));
        Assert.IsTrue(Told(plan).All(t => !nextNight.TryGetValue(t.Key, out var again) || again == t.Value), "the next night keeps to 2");
        AssertThePageSays(Told(plan), world.Build(applications));
    }

    /// <summary>Each applicant's queue-position comment in the plan, as the page's stage, place and expected session.</summary>
    private static Dictionary<int, string> Told(SchedulePlan plan) =>
        plan.QueueNotices.Concat(plan.IssuePlans)
            .SelectMany(p => p.Comments.Where(c => c.Purpose == QueuePositionNotice.Purpose).Select(c => (p.IssueNumber, c.Body)))
            .ToDictionary(n => n.IssueNumber, n => string.Join(" | ",
                n.Body.Contains("### Place in the review queue", StringComparison.Ordinal) ? "backlog"
                : n.Body.Contains("### Left the review queue: scheduled", StringComparison.Ordinal) ? "scheduled"
                : n.Body.Contains("waiting on you", StringComparison.Ordinal) ? "waiting"
                : n.Body.Contains("### Not in the review queue\n", StringComparison.Ordinal) ? "left"
                : "held-back",
                Regex.Match(n.Body, @"number \*\*(\d+)\*\*").Groups[1].Value,
                Regex.Match(n.Body, @"\((\d{4}-\d{2}-\d{2})\)").Groups[1].Value));

    private static void AssertThePageSays(Dictionary<int, string> told, StatusReport page)
    {
        var rows = page.Rows("applications")
            .ToDictionary(a => Convert.ToInt32(a["number"], CultureInfo.InvariantCulture), a => Line(a, "stage_id", "place", "expected_date"));
        Assert.IsNotEmpty(told);
        foreach (var (number, notice) in told)
        {
            if (notice.StartsWith("left", StringComparison.Ordinal))
            {
                // Out of the queue (voting, decided): the page gives it no place either, whatever its stage.
                var stage = rows.TryGetValue(number, out var row) ? row.Split(" | ")[0] : "none";
                Assert.IsFalse(stage is "backlog" or "waiting" or "held-back", $"#{number}: {stage}");
                continue;
            }

            Assert.AreEqual(notice, rows[number], $"#{number}");
        }

        var queued = rows.Where(r => r.Value.Split(" | ")[0] is "backlog" or "held-back");
        Assert.IsEmpty(queued.Where(r => !told.ContainsKey(r.Key)), "every application in the backlog or held back by intake has its comment");
    }

    [TestMethod]
    public void Decisions_of_the_last_twelve_months_with_outcome_date_and_session()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-05-01T12:00Z"), "In review").Session("2026-06-09").Label("Accepted", At("2026-06-16T18:00Z"));
        world.Add(2, At("2026-05-02T12:00Z"), "In review").Session("2026-06-09").Label("Declined", At("2026-06-17T18:00Z")).Closed(At("2026-06-17T18:01Z"));
        world.Add(3, At("2025-10-01T12:00Z"), "Too early").Closed(At("2025-11-20T18:00Z"));             // 13 months ago
        world.Add(4, At("2026-08-01T12:00Z"), "Blog candidate").Closed(At("2026-09-01T18:00Z"));         // no label event: the closing date

        var report = world.Build();

        CollectionAssert.AreEqual(
            new[]
            {
                "4 | Blog candidate | 2026-09-01 | not recorded",
                "2 | Declined | 2026-06-17 | 2026-06-09",
                "1 | Accepted | 2026-06-16 | 2026-06-09",
            },
            report.Rows("decisions").Select(d => Line(d, "number", "outcome", "decided", "session")).ToArray());
    }

    /// <summary>
    /// Accepted, still open, but no event of its label in its history (the label deleted and made again, renamed in the
    /// configuration, or the events lost): neither an open application nor a decision, it was missing from the page, and
    /// its applicant could not find it. It is a decision, dated by the vote's outcome in its round when there is one, and
    /// listed undated (last) when nothing dates it.
    /// </summary>
    [TestMethod]
    public void An_open_decision_without_its_labels_event_is_still_on_the_page()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-10-01T12:00Z"), "Accepted").Session("2026-11-10").VoteOutcome(At("2026-11-17T18:00Z"));
        world.Add(2, At("2026-02-01T12:00Z"), "Too early");
        world.Add(3, At("2026-05-01T12:00Z"), "In review").Session("2026-06-09").Label("Declined", At("2026-06-17T18:00Z"));
        world.Add(4, At("2026-01-01T12:00Z"), "Accepted").Session("2026-03-10").VoteOutcome(At("2026-03-10T18:00Z"))
            .Label("Declined", At("2026-03-17T12:00Z")).Unlabel("Declined", At("2026-09-01T12:00Z"))
            .Label("Returning", At("2026-09-01T12:00Z"));     // the vote dates the earlier round, not this one

        var report = world.Build();

        CollectionAssert.AreEqual(
            new[]
            {
                "1 | Accepted | 2026-11-17 | 2026-11-10",
                "3 | Declined | 2026-06-17 | 2026-06-09",
                "4 | Declined | 2026-03-17 | 2026-03-10",
                "2 | Too early | not recorded | not recorded",
                "4 | Accepted | not recorded | not recorded",
            },
            report.Rows("decisions").Select(d => Line(d, "number", "outcome", "decided", "session")).ToArray());
        Assert.IsEmpty(report.Rows("applications"));
        Assert.AreEqual(3, Figure(report, "to-decision")["measured"], "an undated decision measures nothing");
    }

    /// <summary>
    /// On 2026-12-03 the figures' months run from January 2026, but the decisions and the sessions reached back to
    /// 2025-12-04: a decision of 2025-12-20 was listed with no month of its own in the figures, and the decisions outnumbered
    /// the applications measured for time to decision. All now cover the same twelve months.
    /// </summary>
    [TestMethod]
    public void Decisions_and_sessions_cover_the_same_twelve_months_as_the_figures()
    {
        var world = new StatusWorld();
        world.Add(1, At("2025-11-20T12:00Z"), "In review").Session("2025-12-09").Label("Declined", At("2025-12-20T12:00Z"));
        world.Add(2, At("2026-01-05T12:00Z"), "In review").Session("2026-01-13").Label("Accepted", At("2026-01-20T12:00Z"));

        var report = world.Build();

        CollectionAssert.AreEqual(new[] { 2 }, report.Rows("decisions").Select(d => d["number"]).ToArray());
        Assert.AreEqual(1, Figure(report, "to-decision")["measured"]);
        CollectionAssert.AreEqual(new[] { "2026-01-13" }, report.Rows("reviewed").Select(s => s["date"]).ToArray());
    }

    [TestMethod]
    public void An_outcome_the_guard_put_back_after_an_outsider_removed_it_keeps_its_decision_date()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-05-01T12:00Z"), "In review").Session("2026-06-09").Label("Accepted", At("2026-06-16T18:00Z"))
            .Unlabel("Accepted", At("2026-09-01T10:00Z"), "mallory").Label("Accepted", At("2026-09-02T05:00Z"), StatusWorld.Bot);

        var report = world.Build();

        CollectionAssert.AreEqual(
            new[] { "1 | Accepted | 2026-06-16" }, report.Rows("decisions").Select(d => Line(d, "number", "outcome", "decided")).ToArray());
    }

    [TestMethod]
    public void Staff_deciding_again_after_an_outsiders_removal_the_guard_never_undid_dates_the_decision_anew()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-05-01T12:00Z"), "In review").Session("2026-06-09").Label("Accepted", At("2026-06-16T18:00Z"))
            .Unlabel("Accepted", At("2026-09-01T10:00Z"), "mallory").Label("Accepted", At("2026-10-20T09:00Z"));

        var report = world.Build();

        CollectionAssert.AreEqual(
            new[] { "1 | Accepted | 2026-10-20" }, report.Rows("decisions").Select(d => Line(d, "number", "outcome", "decided")).ToArray());
    }

    [TestMethod]
    public void First_response_is_the_first_comment_by_neither_the_applicant_nor_an_app()
    {
        var world = new StatusWorld();
        var created = At("2026-11-01T00:00Z");
        var application = world.Add(1, created, "New");
        application.Comment(StatusWorld.Bot, created.AddHours(1), bot: true)
            .Comment(application.Author, created.AddDays(1))
            .Comment("Applicant1", created.AddDays(2))                 // the author, spelt otherwise
            .Comment("reviewer", created.AddDays(3))
            .Comment("other", created.AddDays(4));
        world.Add(2, created, "New").Comment(StatusWorld.Bot, created.AddHours(1), bot: true);  // no response yet

        var figure = Figure(world.Build(), "first-response");

        Assert.AreEqual("1 | 3.0", Line(figure, "measured", "median"));
        Assert.AreEqual(1, Rows(figure, "months").Single(m => Equals(m["month"], "Nov 2026"))["count"]);
    }

    [TestMethod]
    public void The_automation_writing_as_a_person_is_no_first_response()
    {
        // With a personal access token (ECOSYSTEM_TOKEN) the automation's intake report is a User's comment, recognised by
        // account id and spelt with the automation's login, but not marked as a Bot by GitHub.
        var world = new StatusWorld();
        var created = At("2026-11-01T00:00Z");
        world.Add(1, created, "New")
            .Comment(StatusWorld.Bot, created.AddMinutes(1))
            .Comment("reviewer", created.AddDays(2));

        var figure = Figure(world.Build(), "first-response");

        Assert.AreEqual("1 | 2.0", Line(figure, "measured", "median"));
    }

    [TestMethod]
    public void Time_waiting_adds_up_every_stretch_in_the_waiting_label_and_counts_one_still_waiting_until_now()
    {
        var world = new StatusWorld();
        var created = At("2026-10-01T00:00Z");
        world.Add(1, created, "New")
            .Label("Waiting on comment", created.AddDays(1)).Unlabel("Waiting on comment", created.AddDays(3))
            .Label("Waiting on comment", created.AddDays(10)).Unlabel("Waiting on comment", created.AddDays(14));
        world.Add(2, At("2026-12-01T06:00Z"), "New", "Waiting on comment");    // labelled by the form, waiting since

        var figure = Figure(world.Build(), "waiting");

        // Six days in all for the first, ending in October; two for the second, still waiting in December.
        var months = Rows(figure, "months");
        Assert.AreEqual(2, figure["measured"]);
        Assert.AreEqual("1 | 6.0", Line(months.Single(m => Equals(m["month"], "Oct 2026")), "count", "median"));
        Assert.AreEqual("1 | 2.0", Line(months.Single(m => Equals(m["month"], "Dec 2026")), "count", "median"));
    }

    /// <summary>
    /// Declined and closed while still marked waiting (labels go stale), the label tidied off months later: those months
    /// after the close counted as waiting on the applicant, as though it had stayed open.
    /// </summary>
    [TestMethod]
    public void Time_waiting_ends_at_the_close_when_the_label_came_off_a_closed_application_later()
    {
        var world = new StatusWorld();
        var created = At("2026-06-01T00:00Z");
        world.Add(1, created).Label("Waiting on comment", created.AddDays(10))
            .Label("Declined", created.AddDays(20)).Closed(created.AddDays(20))
            .Unlabel("Waiting on comment", At("2026-11-20T00:00Z"));

        var figure = Figure(world.Build(), "waiting");

        Assert.AreEqual(1, figure["measured"]);
        Assert.AreEqual("1 | 10.0", Line(Rows(figure, "months").Single(m => Equals(m["month"], "Jun 2026")), "count", "median"));
    }

    /// <summary>
    /// Closed by its applicant while waiting on them (the label stays), reopened seven weeks later and answered two days after:
    /// the weeks it was closed counted as waiting on the applicant, as GitHub forgets the closing time once an issue is reopened.
    /// </summary>
    [TestMethod]
    public void Time_waiting_leaves_out_the_time_a_reopened_application_was_closed()
    {
        var world = new StatusWorld();
        var created = At("2026-10-01T00:00Z");
        world.Add(1, created, "New").Label("Waiting on comment", created.AddDays(1))
            .Closed(created.AddDays(4)).Reopened(created.AddDays(55))
            .Unlabel("Waiting on comment", created.AddDays(57));

        var figure = Figure(world.Build(), "waiting");

        // Three days before the close and two after the reopening, ending in November.
        Assert.AreEqual(1, figure["measured"]);
        Assert.AreEqual("1 | 5.0", Line(Rows(figure, "months").Single(m => Equals(m["month"], "Nov 2026")), "count", "median"));
    }

    [TestMethod]
    public void Time_to_review_runs_to_the_session_and_time_to_decision_to_the_outcome_label()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-11-09T17:00Z"), "In review").Session("2026-11-10").Label("Accepted", At("2026-11-12T17:00Z"));
        world.Add(2, At("2026-11-05T17:00Z"), "In review").Session("2026-12-08");    // not reviewed yet

        var report = world.Build();

        // 2026-11-10 09:00 Los Angeles is 17:00 UTC.
        Assert.AreEqual("1 | 1.0", Line(Figure(report, "to-review"), "measured", "median"));
        Assert.AreEqual("1 | 3.0", Line(Figure(report, "to-decision"), "measured", "median"));
        CollectionAssert.AreEqual(new[] { "2026-11-10 | 1" }, report.Rows("reviewed").Select(s => Line(s, "date", "count")).ToArray());
    }

    /// <summary>
    /// Withdrawn by its applicant four days after submission and reopened a month later, then reviewed at the November
    /// session and accepted: the month it was closed counted as waiting for review and for a decision, as it does not for
    /// the time waiting on the applicant.
    /// </summary>
    [TestMethod]
    public void Time_to_review_and_to_decision_leave_out_the_time_a_reopened_application_was_closed()
    {
        var world = new StatusWorld();
        var created = At("2026-09-01T17:00Z");
        world.Add(1, created, "In review").Closed(created.AddDays(4)).Reopened(created.AddDays(34))
            .Session("2026-11-10").Label("Accepted", At("2026-11-12T17:00Z"));

        var report = world.Build();

        // 70 days to the session of 2026-11-10 (17:00 UTC) and 72 to the acceptance, 30 of them closed.
        Assert.AreEqual("1 | 40.0", Line(Figure(report, "to-review"), "measured", "median"));
        Assert.AreEqual("1 | 42.0", Line(Figure(report, "to-decision"), "measured", "median"));
    }

    /// <summary>
    /// Declined at its February session, back in July once the applicant had done what was asked (the guard took the
    /// decline off and marked it returning and new), reviewed again in September and accepted: its waits ran from the first
    /// submission in January, through the decline and the applicant's own months of work, and swelled both figures. The
    /// guard's applier puts labels on before it takes any off: a second apart, the return went unseen, and they did again.
    /// </summary>
    [TestMethod]
    [DataRow(0)]
    [DataRow(-1)]
    public void A_returned_application_waits_for_its_review_and_decision_from_its_return(int labelledSecondsBefore)
    {
        var world = new StatusWorld();
        var returned = At("2026-07-01T16:00Z");
        var labelled = returned.AddSeconds(labelledSecondsBefore);
        world.Add(1, At("2026-01-05T16:00Z"), "In review")
            .Label("Declined", At("2026-02-17T16:00Z"))
            .Label("Returning", labelled, StatusWorld.Bot).Label("New", labelled, StatusWorld.Bot).Unlabel("Declined", returned, StatusWorld.Bot)
            .Session("2026-09-08").Label("Accepted", At("2026-09-15T16:00Z"));

        var report = world.Build();

        // 2026-09-08 09:00 Los Angeles is 16:00 UTC.
        Assert.AreEqual("1 | 69.0", Line(Figure(report, "to-review"), "measured", "median"));
        var september = Rows(Figure(report, "to-decision"), "months").Single(m => Equals(m["month"], "Sep 2026"));
        Assert.AreEqual("1 | 76.0", Line(september, "count", "median"));
    }

    /// <summary>
    /// Too early in February, reopened by staff in July (returning and new put on, too early taken off), accepted in
    /// September; another declined in March and back in the backlog now. The page listed only the acceptance: the earlier
    /// decisions, their dates and their times to decision were gone.
    /// </summary>
    [TestMethod]
    public void A_returned_application_keeps_its_earlier_decision_with_its_date()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-01-05T16:00Z"), "In review")
            .Label("Too early", At("2026-02-17T16:00Z")).Unlabel("In review", At("2026-02-17T16:00Z"))
            .Label("Returning", At("2026-07-01T16:00Z")).Label("New", At("2026-07-01T16:00Z")).Unlabel("Too early", At("2026-07-01T16:20Z"))
            .Session("2026-09-08").Label("Accepted", At("2026-09-15T16:00Z"));
        world.Add(2, At("2026-02-02T16:00Z"), "In review").Session("2026-03-10")
            .Label("Declined", At("2026-03-17T16:00Z"))
            .Unlabel("Declined", At("2026-11-02T16:00Z")).Unlabel("In review", At("2026-11-02T16:00Z"))
            .Label("Returning", At("2026-11-02T16:05Z")).Label("New", At("2026-11-02T16:05Z"));

        var report = world.Build();

        CollectionAssert.AreEqual(
            new[]
            {
                "1 | Accepted | 2026-09-15 | 2026-09-08",
                "2 | Declined | 2026-03-17 | 2026-03-10",
                "1 | Too early | 2026-02-17 | not recorded",
            },
            report.Rows("decisions").Select(d => Line(d, "number", "outcome", "decided", "session")).ToArray());
        var toDecision = Figure(report, "to-decision");
        Assert.AreEqual(3, toDecision["measured"]);
        CollectionAssert.AreEqual(
            new[] { "Feb 2026 | 1 | 43.0", "Mar 2026 | 1 | 43.0", "Sep 2026 | 1 | 76.0" },
            Rows(toDecision, "months").Where(m => Equals(m["count"], 1)).Select(m => Line(m, "month", "count", "median")).ToArray());
        CollectionAssert.AreEqual(new[] { "2 | backlog" }, report.Rows("applications").Select(a => Line(a, "number", "stage_id")).ToArray());
        StringAssert.Contains(report.Summary(), "; 3 decisions in the last 12 months.");
    }

    /// <summary>
    /// Declined after its March session, back in July, reviewed again in September and accepted: the session comment was
    /// edited for September, and the page listed the decline's session as not recorded, and neither the March review nor
    /// its time to review. The comment keeps the sessions it named that were held; each round is reviewed at its own.
    /// </summary>
    [TestMethod]
    public void A_returned_applications_earlier_round_keeps_the_session_that_reviewed_it()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-02-02T16:00Z"), "In review")
            .Label("Declined", At("2026-03-17T16:00Z"))
            .Label("Returning", At("2026-07-01T16:00Z"), StatusWorld.Bot).Label("New", At("2026-07-01T16:00Z"), StatusWorld.Bot)
            .Unlabel("Declined", At("2026-07-01T16:00Z"), StatusWorld.Bot)
            .Session("2026-09-08", "2026-03-10").Label("Accepted", At("2026-09-15T16:00Z"));

        var report = world.Build();

        AssertDeclinedInMarchAndBackOnJulyFirst(report);
        CollectionAssert.AreEqual(
            new[] { "2026-03-10 | 1", "2026-09-08 | 1" }, report.Rows("reviewed").Select(s => Line(s, "date", "count")).ToArray());
    }

    /// <summary>
    /// Declined on 2026-03-17 after its session of 2026-03-10, back on 2026-07-01, accepted on 2026-09-15 after its session of
    /// 2026-09-08.
    /// </summary>
    private static void AssertDeclinedInMarchAndBackOnJulyFirst(StatusReport report)
    {
        CollectionAssert.AreEqual(
            new[] { "1 | Accepted | 2026-09-15 | 2026-09-08", "1 | Declined | 2026-03-17 | 2026-03-10" },
            report.Rows("decisions").Select(d => Line(d, "number", "outcome", "decided", "session")).ToArray());
        // 2026-03-10 09:00 Los Angeles is 16:00 UTC (summer time): 36 days from the submission; 69 from the return.
        CollectionAssert.AreEqual(
            new[] { "Mar 2026 | 1 | 36.0", "Sep 2026 | 1 | 69.0" },
            Rows(Figure(report, "to-review"), "months").Where(m => Equals(m["count"], 1)).Select(m => Line(m, "month", "count", "median")).ToArray());
        var september = Rows(Figure(report, "to-decision"), "months").Single(m => Equals(m["month"], "Sep 2026"));
        Assert.AreEqual("1 | 76.0", Line(september, "count", "median"));
    }

    /// <summary>
    /// Declined after its March session; the applicant asked to come back on July 1. Staff added the returning label by hand
    /// five days later (the guard answered then), or the labels were still on from before, so only the decline came off. The
    /// tally dates a return by its request or the guard's reply, whichever is first
    /// (<see cref="Ecosystem.Domain.Guardians.ReturningRequests.ReturnedAfter"/>): the page dated it by the label five days late,
    /// or saw no return at all and lost the decline and the March review.
    /// </summary>
    [TestMethod]
    [DataRow(true)]
    [DataRow(false)]
    public void A_return_is_dated_by_its_request_as_the_tally_dates_it_not_by_its_labels(bool labelledLater)
    {
        var world = new StatusWorld();
        var (asked, answered) = (At("2026-07-01T16:00Z"), At(labelledLater ? "2026-07-06T16:00Z" : "2026-07-01T16:01Z"));
        var application = world.Add(1, At("2026-02-02T16:00Z"), labelledLater ? ["In review"] : ["In review", "New", "Returning"])
            .Label("Declined", At("2026-03-17T16:00Z"))
            .Comment("applicant1", asked, body: "Done what was asked.\n\n/ecosystem returning")
            .ReturningReply(answered);
        if (labelledLater)
        {
            application.Label("Returning", answered).Label("New", answered, StatusWorld.Bot);
        }

        application.Unlabel("Declined", answered, StatusWorld.Bot).Unlabel("In review", answered, StatusWorld.Bot)
            .Session("2026-09-08", "2026-03-10").Label("Accepted", At("2026-09-15T16:00Z"));

        var report = world.Build();

        AssertDeclinedInMarchAndBackOnJulyFirst(report);
    }

    /// <summary>
    /// The live tracker leaves outcome labels on: too early with a blog post offered later, a decline left on under a later
    /// too early, an acceptance blogged. The page showed the first outcome label of the issue's list (GitHub lists them by
    /// name): "Blog candidate" for a project judged too early, "Declined" for one judged too early since.
    /// </summary>
    [TestMethod]
    public void Of_several_outcome_labels_the_verdict_given_last_is_the_decision()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-05-01T12:00Z"), "Blog candidate", "Too early")
            .Label("Too early", At("2026-06-16T18:00Z")).Label("Blog candidate", At("2026-06-17T18:00Z")).Closed(At("2026-06-16T18:00Z"));
        world.Add(2, At("2026-05-01T12:00Z"), "Declined", "Too early")
            .Label("Declined", At("2026-06-16T18:00Z")).Label("Too early", At("2026-08-20T18:00Z")).Closed(At("2026-08-20T18:00Z"));
        world.Add(3, At("2026-05-01T12:00Z"), "Accepted", "Blog candidate", "in voting")
            .Label("Accepted", At("2026-06-16T18:00Z")).Label("Blog candidate", At("2026-07-01T18:00Z"));
        world.Add(4, At("2026-05-01T12:00Z"), "Blog candidate").Closed(At("2026-06-20T18:00Z"));

        var report = world.Build();

        CollectionAssert.AreEqual(
            new[] { "2 | Too early | 2026-08-20", "4 | Blog candidate | 2026-06-20", "1 | Too early | 2026-06-16", "3 | Accepted | 2026-06-16" },
            report.Rows("decisions").Select(d => Line(d, "number", "outcome", "decided")).ToArray());
        Assert.IsEmpty(report.Rows("applications"));
    }

    /// <summary>
    /// Staff mark a community highlight published with 'Blog completed' and take 'Blog candidate' off (or give only the
    /// published label); the guard closes it. The page listed no decision for either: a highlight decided and published is
    /// a decision, decided when it was highlighted (or, without that label's event, published, or closed).
    /// </summary>
    [TestMethod]
    public void A_published_community_highlight_is_a_decision_dated_when_it_was_highlighted()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-05-01T12:00Z"), "In review").Session("2026-06-09").Label("Blog candidate", At("2026-06-16T18:00Z"))
            .Unlabel("Blog candidate", At("2026-08-03T10:00Z")).Label("Blog completed", At("2026-08-03T10:00Z")).Closed(At("2026-08-03T10:01Z"));
        world.Add(2, At("2026-05-01T12:00Z"), "Blog completed").Closed(At("2026-09-01T18:00Z"));
        world.Add(3, At("2026-05-01T12:00Z"), "New").Label("Blog completed", At("2026-10-01T18:00Z"));

        var report = world.Build();

        CollectionAssert.AreEqual(
            new[] { "3 | Blog completed | 2026-10-01", "2 | Blog completed | 2026-09-01", "1 | Blog completed | 2026-06-16 | 2026-06-09" },
            report.Rows("decisions").Select(d => Line(d, "number", "outcome", "decided") + (d["number"] is 1 ? " | " + d["session"] : "")).ToArray());
        Assert.IsEmpty(report.Rows("applications"));
    }

    /// <summary>
    /// Someone not trusted with labels put 'Accepted' on; the guard took it off within the hour. Staff later marked the
    /// application returning: the page took the outsider's label, which never stood, for a decision the application came
    /// back from, and listed an acceptance nobody gave. Only decisions that stood count.
    /// </summary>
    [TestMethod]
    public void An_outsiders_outcome_label_the_guard_took_off_is_no_decision_a_return_comes_back_from()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-05-01T12:00Z"), "In review")
            .Label("Accepted", At("2026-06-01T18:00Z"), "mallory").Unlabel("Accepted", At("2026-06-01T18:30Z"), StatusWorld.Bot)
            .Label("Returning", At("2026-07-01T16:00Z")).Label("New", At("2026-07-01T16:00Z"))
            .Session("2026-09-08").Label("Declined", At("2026-09-15T16:00Z"));

        var report = world.Build();

        CollectionAssert.AreEqual(
            new[] { "1 | Declined | 2026-09-15" }, report.Rows("decisions").Select(d => Line(d, "number", "outcome", "decided")).ToArray());
        Assert.AreEqual("1 | 137.2", Line(Figure(report, "to-decision"), "measured", "median"));
    }

    /// <summary>
    /// Staff relabelled a decision (declined, then too early the same day): no return, so the wait still runs from the
    /// submission.
    /// </summary>
    [TestMethod]
    public void A_decision_relabelled_by_staff_is_no_return()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-06-01T16:00Z"), "In review").Session("2026-07-14")
            .Label("Declined", At("2026-07-21T16:00Z")).Unlabel("Declined", At("2026-07-21T17:00Z")).Label("Too early", At("2026-07-21T17:00Z"));

        var report = world.Build();

        Assert.AreEqual("1 | 50.0", Line(Figure(report, "to-decision"), "measured", "median"));
    }

    [TestMethod]
    public void On_the_session_day_an_application_is_reviewed_there_only_once_the_session_has_started()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-11-09T17:00Z"), "In review").Session("2026-11-10").Label("Accepted", At("2026-11-12T17:00Z"));
        world.Add(2, At("2026-11-05T17:00Z"), "In review").Session("2026-12-08");
        world.Clock.SetUtcNow(At("2026-12-08T16:00Z"));                                 // 08:00 in Los Angeles, an hour before

        var before = world.Build();
        world.Clock.SetUtcNow(At("2026-12-08T17:00Z"));
        var started = world.Build();

        Assert.AreEqual("1 | 1.0", Line(Figure(before, "to-review"), "measured", "median"));
        CollectionAssert.AreEqual(new[] { "2026-11-10 | 1" }, before.Rows("reviewed").Select(s => Line(s, "date", "count")).ToArray());
        Assert.AreEqual(2, Figure(started, "to-review")["measured"]);
        CollectionAssert.AreEqual(
            new[] { "2026-11-10 | 1", "2026-12-08 | 1" }, started.Rows("reviewed").Select(s => Line(s, "date", "count")).ToArray());
    }

    /// <summary>
    /// The page built on the session's day after it started (10:00 in Los Angeles, an hour in): its figures count the batch
    /// as reviewed there, while its queue still listed the batch as scheduled and the session as coming, with a bar for it
    /// in the chart of sessions held below.
    /// </summary>
    [TestMethod]
    public void A_session_that_has_started_is_no_longer_coming_and_its_batch_is_in_review()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-11-05T17:00Z"), "In review").Session("2026-12-08");
        world.Add(2, At("2026-11-20T17:00Z"), "New");
        world.Clock.SetUtcNow(At("2026-12-08T18:00Z"));

        var report = world.Build();

        CollectionAssert.AreEqual(
            new[] { "1 | in-review | reviewed 2026-12-08", "2 | backlog | 2027-01-12" },
            report.Rows("applications").Select(a => Line(a, "number", "stage_id", "expected")).ToArray());
        CollectionAssert.AreEqual(new[] { "2027-01-12" }, report.Rows("sessions").Select(s => s["date"]).ToArray());
        CollectionAssert.AreEqual(new[] { "2026-12-08 | 1" }, report.Rows("reviewed").Select(s => Line(s, "date", "count")).ToArray());
    }

    /// <summary>
    /// Scheduled for the session of 2026-11-10, accepted on 2026-11-05 without waiting for it and left open, as the live tracker
    /// leaves accepted applications: the decisions table gave the acceptance no session, yet the session it never reached
    /// counted it among the applications reviewed there and measured a time to review up to it.
    /// </summary>
    [TestMethod]
    public void An_application_decided_before_its_session_was_not_reviewed_there()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-11-09T17:00Z"), "In review").Session("2026-11-10").Label("Accepted", At("2026-11-12T17:00Z"));
        world.Add(2, At("2026-10-01T17:00Z"), "In review").Session("2026-11-10").Label("Accepted", At("2026-11-05T17:00Z"));

        var report = world.Build();

        CollectionAssert.AreEqual(
            new[] { "1 | 2026-11-12 | 2026-11-10", "2 | 2026-11-05 | not recorded" },
            report.Rows("decisions").Select(d => Line(d, "number", "decided", "session")).ToArray());
        Assert.AreEqual("1 | 1.0", Line(Figure(report, "to-review"), "measured", "median"));
        CollectionAssert.AreEqual(new[] { "2026-11-10 | 1" }, report.Rows("reviewed").Select(s => Line(s, "date", "count")).ToArray());
    }

    [TestMethod]
    public void An_application_closed_before_its_session_was_not_reviewed_there()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-11-09T17:00Z"), "In review").Session("2026-11-10").Label("Accepted", At("2026-11-12T17:00Z"));
        world.Add(2, At("2026-10-01T17:00Z"), "In review").Session("2026-11-10").Closed(At("2026-11-05T12:00Z"));   // withdrawn

        var report = world.Build();

        Assert.AreEqual("1 | 1.0", Line(Figure(report, "to-review"), "measured", "median"));
        CollectionAssert.AreEqual(new[] { "2026-11-10 | 1" }, report.Rows("reviewed").Select(s => Line(s, "date", "count")).ToArray());
    }

    /// <summary>
    /// Staff skipped the session of 2026-11-10 after applications were scheduled for it; until the scheduler moves them on
    /// (when the next batch's window opens) their comments still name it. The session was never held: no bar, no time to it.
    /// </summary>
    [TestMethod]
    public void A_skipped_session_reviewed_nothing_though_applications_still_name_it()
    {
        var world = new StatusWorld { Skip = ["2026-11-10"] };
        world.Add(1, At("2026-09-01T17:00Z"), "In review").Session("2026-10-13").Label("Accepted", At("2026-10-20T17:00Z"));
        world.Add(2, At("2026-10-01T17:00Z"), "In review").Session("2026-11-10");

        var report = world.Build();

        Assert.AreEqual(1, Figure(report, "to-review")["measured"]);
        CollectionAssert.AreEqual(new[] { "2026-10-13 | 1" }, report.Rows("reviewed").Select(s => Line(s, "date", "count")).ToArray());
        CollectionAssert.AreEqual(
            new[] { "2 | scheduled | 2026-12-08" },
            report.Rows("applications").Select(a => Line(a, "number", "stage_id", "expected_date")).ToArray());
    }

    [TestMethod]
    public void Figures_cover_the_twelve_months_up_to_this_one_median_and_90th_percentile_per_month()
    {
        var world = new StatusWorld();
        double[] days = [1, 2, 3, 4, 10];
        for (var i = 0; i < days.Length; i++)
        {
            var created = At("2026-07-01T00:00Z").AddHours(i);
            world.Add(i + 1, created, "Declined").Label("Declined", created.AddDays(days[i]));
        }

        world.Add(9, At("2025-01-01T00:00Z"), "Declined").Label("Declined", At("2025-02-01T00:00Z"));   // before the window

        var figure = Figure(world.Build(), "to-decision");
        var months = Rows(figure, "months");

        Assert.HasCount(12, months);
        Assert.AreEqual("Jan 2026", months[0]["month"]);
        Assert.AreEqual("Dec 2026", months[^1]["month"]);
        Assert.AreEqual(5, figure["measured"]);
        Assert.AreEqual(("3.0", "7.6"), (figure["median"], figure["p90"]));
        var july = months.Single(m => Equals(m["month"], "Jul 2026"));
        Assert.AreEqual("5 | 3.0 | 7.6", Line(july, "count", "median", "p90"));
        Assert.AreEqual("—", months[0]["median"]);
    }

    private static IReadOnlyDictionary<string, object?> Figure(StatusReport report, string id) => report.Rows("figures").Single(f => Equals(f["id"], id));

    private static List<IReadOnlyDictionary<string, object?>> Rows(IReadOnlyDictionary<string, object?> row, string list) =>
        [.. (IEnumerable<IReadOnlyDictionary<string, object?>>?)row[list] ?? []];

    private static string Line(IReadOnlyDictionary<string, object?> row, params string[] keys) =>
        string.Join(" | ", keys.Select(k => Convert.ToString(row[k], CultureInfo.InvariantCulture)));
}
