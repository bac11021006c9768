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
                (3, ApplicationStage.Voting, (int?)null, (DateOnly?)Date("2026-11-10")),
                (8, ApplicationStage.Voting, null, null),
                (2, ApplicationStage.InReview, null, Date("2026-11-10")),
                (1, ApplicationStage.Scheduled, null, Date("2026-12-08")),
                (6, ApplicationStage.Backlog, 1, Date("2026-12-08")),
                (4, ApplicationStage.WaitingOnApplicant, null, null),
                (5, ApplicationStage.HeldBackByIntake, null, null),
            },
            report.Applications.Select(a => (a.Number, a.Stage, a.Position, a.ExpectedSession)).ToArray());
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
        var backlog = report.Applications.Where(a => a.Stage == ApplicationStage.Backlog).ToList();
        Assert.HasCount(26, backlog);
        CollectionAssert.AreEqual(new[] { 28, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, backlog.Take(10).Select(a => a.Number).ToArray());
        CollectionAssert.AreEqual(Enumerable.Range(1, 26).ToArray(), backlog.Select(a => a.Position!.Value).ToArray());
        Assert.AreEqual(8, backlog.Count(a => a.ExpectedSession == Date("2026-12-08")));
        Assert.AreEqual(10, backlog.Count(a => a.ExpectedSession == Date("2027-01-12")));
        Assert.AreEqual(8, backlog.Count(a => a.ExpectedSession == Date("2027-02-09")));

        CollectionAssert.AreEqual(new[] { Date("2026-12-08"), Date("2027-01-12"), Date("2027-02-09") }, report.Sessions.Select(s => s.Date).ToArray());
        CollectionAssert.AreEqual(new[] { 28, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, report.Sessions[0].Batch.Select(a => a.Number).ToArray());
        CollectionAssert.AreEqual(new[] { "bob", "carol", "dave" }, report.Sessions[0].Reviewers.ToArray());
        Assert.HasCount(8, report.Sessions[2].Batch);
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
                (4, "Blog candidate", Date("2026-09-01"), (DateOnly?)null),
                (2, "Declined", Date("2026-06-17"), Date("2026-06-09")),
                (1, "Accepted", Date("2026-06-16"), Date("2026-06-09")),
            },
            report.Decisions.Select(d => (d.Number, d.Outcome, d.DecidedOn, d.Session)).ToArray());
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

        var figure = world.Build().Figures.Single(f => f.Id == "first-response");

        Assert.AreEqual((1, 3.0, Date("2026-11-03")), (figure.Measurements.Single().Number, figure.Measurements.Single().Days, figure.Measurements.Single().EndedOn));
        Assert.AreEqual(3.0, figure.Median);
        Assert.AreEqual(1, figure.Months.Single(m => m.Month == Date("2026-11-01")).Count);
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

        var figure = world.Build().Figures.Single(f => f.Id == "waiting");

        CollectionAssert.AreEqual(
            new[] { (1, 6.0, Date("2026-10-14")), (2, 2.0, Date("2026-12-02")) },
            figure.Measurements.Select(m => (m.Number, Math.Round(m.Days, 3), m.EndedOn)).ToArray());
    }

    [TestMethod]
    public void Time_to_review_runs_to_the_session_and_time_to_decision_to_the_outcome_label()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-11-09T17:00Z"), "In review").Session("2026-11-10").Label("Accepted", At("2026-11-12T17:00Z"));
        world.Add(2, At("2026-11-05T17:00Z"), "In review").Session("2026-12-08");    // not reviewed yet

        var figures = world.Build().Figures.ToDictionary(f => f.Id);

        // 2026-11-10 09:00 Los Angeles is 17:00 UTC.
        Assert.AreEqual((1, 1.0), (figures["to-review"].Measurements.Single().Number, figures["to-review"].Measurements.Single().Days));
        Assert.AreEqual((1, 3.0), (figures["to-decision"].Measurements.Single().Number, figures["to-decision"].Measurements.Single().Days));
        CollectionAssert.AreEqual(new[] { new SessionCount(Date("2026-11-10"), 1) }, world.Build().ReviewedPerSession.ToArray());
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

        var figure = world.Build().Figures.Single(f => f.Id == "to-decision");

        Assert.HasCount(12, figure.Months);
        Assert.AreEqual(Date("2026-01-01"), figure.Months[0].Month);
        Assert.AreEqual(Date("2026-12-01"), figure.Months[^1].Month);
        Assert.AreEqual(5, figure.Measurements.Count);
        Assert.AreEqual(3.0, figure.Median!.Value, 1e-9);
        Assert.AreEqual(7.6, figure.Percentile90!.Value, 1e-9);
        var july = figure.Months.Single(m => m.Month == Date("2026-07-01"));
        Assert.AreEqual((5, 3.0), (july.Count, Math.Round(july.Median!.Value, 9)));
        Assert.IsNull(figure.Months[0].Median);
    }
}
