using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Tests.Scheduling;
using Ecosystem.Tests.Proof;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.Domain.Tests.Proof;

/// <summary>Hostile titles, labels and intake verdicts through the scheduler: its comment, agenda, forecast and step summary stay safe.</summary>
[TestClass]
public sealed class SchedulingEchoTests
{
    private static readonly ReviewCalendar Calendar = Calendars.Monthly();

    /// <summary>Inside the lead time of the 2027-01-12 session, so the batch is filled and every text is rendered.</summary>
    private static readonly DateTimeOffset Now = Calendars.At("2026-12-29T12:00-08:00");

    [TestMethod]
    public void Hostile_titles_labels_and_verdicts_are_echoed_safely()
    {
        var candidates = HostileText.All.Select((text, i) => Hostile(i + 1, text, text, text)).ToList();

        AssertEveryTextSafe(candidates);
    }

    [TestMethod]
    public void Hostile_applications_held_back_or_waiting_in_the_queue_are_echoed_safely()
    {
        // Batch size 1: the rest wait in the forecast table; waiting and incomplete ones are held back.
        var candidates = HostileText.All.SelectMany((text, i) => new[]
        {
            Hostile(100 + i, text, text, text),
            Hostile(200 + i, text, "Waiting on comment", text),
            Hostile(300 + i, text, text, text) with { IntakeComplete = false },
        }).ToList();

        AssertEveryTextSafe(candidates, new SchedulingOverrides(BatchSize: 1));
    }

    /// <summary>
    /// The renderers directly (the planner's calendar arithmetic costs milliseconds an input and is not what is tested
    /// here): agenda and step summary (with its forecast table), over a batch, a queue and held-back applications.
    /// </summary>
    [TestMethod]
    public void Mutated_titles_labels_and_verdicts_never_crash_or_echo_unsafely()
    {
        using var run = FuzzRun.FromEnvironment("scheduling-texts", 2_000);
        var texts = new HostileTexts(run.Random);
        var sessions = Calendar.Upcoming(Now, 8);
        for (var i = 0; i < run.Iterations; i++)
        {
            var candidates = Enumerable.Range(1, run.Random.Next(1, 9))
                .Select(n => Hostile(n, texts.Next(), run.Random.Next(3) == 0 ? texts.Next() : "Returning", texts.Next()))
                .ToList();
            var inBatch = run.Random.Next(candidates.Count + 1);
            run.Check(candidates, Describe, c => AssertRenderedSafely(sessions, c[..inBatch], c[inBatch..]));
        }

        run.AssertFullBudget();
    }

    private static void AssertRenderedSafely(IReadOnlyList<ReviewSession> sessions, IReadOnlyList<QueueCandidate> batch, IReadOnlyList<QueueCandidate> queue)
    {
        var target = sessions[0];
        var scheduled = batch.Select(a => new ScheduledApplication(a, BatchChange.Added, a.Issue.Labels)).ToList();
        var agenda = ReviewAgenda.Render(target, Calendar.TimeZone, scheduled, [], ReviewOrder.ReturningFirst);
        var forecast = QueueForecast.Build(target, batch, batch.Count + 1, queue, sessions.Skip(1), [], 2);
        var heldBack = queue
            .Select(a => new HeldBackApplication(a.Issue.Number, a.Issue.Title, a.Issue.HtmlUrl, "intake not complete: " + a.IntakeVerdict))
            .ToList();
        var plan = new SchedulePlan(
            Calendar.Today(Now), target, true, scheduled, [], [], agenda, forecast, heldBack, [.. queue.Select(a => a.Issue.Title)])
        {
            Standings = queue.ToLookup(_ => QueueStanding.IntakeIncomplete),
        };

        EchoSafety.AssertSafe(agenda.Body, "agenda issue body");
        EchoSafety.AssertSafe(plan.Summary(Calendar.TimeZone), "schedule step summary");
    }

    private static void AssertEveryTextSafe(IReadOnlyList<QueueCandidate> candidates, SchedulingOverrides? overrides = null)
    {
        var plan = new BatchPlanner(Calendar, new SchedulingRules(), new IntakeRules(), new FakeTimeProvider(Now))
            .Plan(candidates, Applications.Repository, overrides);

        Assert.IsTrue(plan.WindowOpen, "the window is open, so every text is rendered");
        if (plan.Agenda is { } agenda)
        {
            EchoSafety.AssertSafe(agenda.Body, "agenda issue body");
        }

        foreach (var comment in plan.IssuePlans.SelectMany(p => p.Comments))
        {
            EchoSafety.AssertSafe(comment.Body, "review-session comment");
        }

        foreach (var comment in plan.QueueNotices.SelectMany(p => p.Comments))
        {
            EchoSafety.AssertSafe(comment.Body, "queue-position comment");
        }

        EchoSafety.AssertSafe(plan.Summary(Calendar.TimeZone), "schedule step summary");
    }

    private static QueueCandidate Hostile(int number, string title, string label, string verdict) =>
        Applications.Ready(number, label).WithIssue(i => i with { Title = title }) with { IntakeVerdict = verdict };

    private static string Describe(IReadOnlyList<QueueCandidate> candidates) =>
        string.Join("\n---\n", candidates.Select(c =>
            $"#{c.Issue.Number} title: {c.Issue.Title}\nlabels: {string.Join(" · ", c.Issue.Labels)}\nverdict: {c.IntakeVerdict}"));
}
