using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Tests.Intake;
using Ecosystem.Domain.Text;
using Microsoft.Extensions.Time.Testing;
using static Ecosystem.Domain.Tests.Scheduling.Applications;
using static Ecosystem.Domain.Tests.Scheduling.Calendars;

namespace Ecosystem.Domain.Tests.Scheduling;

[TestClass]
public sealed class QueuePositionNoticeTests
{
    private static SchedulePlan Plan(string now, IReadOnlyList<QueueCandidate> candidates) =>
        new BatchPlanner(TwiceMonthly(), new SchedulingRules(), new IntakeRules(), new FakeTimeProvider(At(now))).Plan(candidates, Repository);

    private static string NoticeOf(SchedulePlan plan, int issue) =>
        plan.QueueNotices.Single(p => p.IssueNumber == issue).Comments.Single(c => c.Purpose == QueuePositionNotice.Purpose).Body;

    [TestMethod]
    public void Every_waiting_application_names_its_place_and_expected_session()
    {
        // Sessions on the 2nd and 4th Tuesday: 2027-01-12 is the target, then 2027-01-26, 2027-02-09, …
        var plan = Plan("2026-12-29T12:00-08:00", [.. Enumerable.Range(1, 25).Select(n => Ready(n))]);

        Assert.HasCount(15, plan.QueueNotices, "25 waiting, 10 taken into the batch");
        StringAssert.Contains(NoticeOf(plan, 11), "number **1** in the queue");
        StringAssert.Contains(NoticeOf(plan, 11), "**Tuesday 26 January 2027** (2027-01-26)");
        StringAssert.Contains(NoticeOf(plan, 21), "**Tuesday 9 February 2027** (2027-02-09)");
        GoldenFile.AssertMatches("queue-position", NoticeOf(plan, 11));
    }

    /// <summary>With sessions of one application each, the forecast read "if the sessions before it take 1 applications each".</summary>
    [TestMethod]
    public void Sessions_of_one_application_are_counted_as_one()
    {
        var rules = new SchedulingRules { BatchMin = 1, BatchMax = 1 };
        var plan = new BatchPlanner(TwiceMonthly(), rules, new IntakeRules(), new FakeTimeProvider(At("2026-12-29T12:00-08:00")))
            .Plan([Ready(1), Ready(2)], Repository);

        StringAssert.Contains(NoticeOf(plan, 2), "(2027-01-26), if the sessions before it take 1 application each.");
    }

    [TestMethod]
    public void Waiting_on_the_applicant_or_held_back_by_intake_says_so_instead_of_a_date()
    {
        var plan = Plan("2026-12-29T12:00-08:00", [Ready(1), Ready(2, "Waiting on comment"), Ready(3) with { IntakeComplete = false, IntakeVerdict = "2 problems" }]);

        GoldenFile.AssertMatches("queue-position-waiting", NoticeOf(plan, 2));
        GoldenFile.AssertMatches("queue-position-intake", NoticeOf(plan, 3));
        Assert.DoesNotContain("2027", NoticeOf(plan, 2));
    }

    /// <summary>
    /// An early resubmission (declined less than the resubmission wait ago) waits on its date, not on an answer: it was told
    /// to answer the open questions to take its place in the queue, which changed nothing. The date is read from the
    /// intake report the schedule reads anyway.
    /// </summary>
    [TestMethod]
    public void An_early_resubmission_is_told_the_date_it_joins_the_queue_not_to_answer()
    {
        const string automation = "ecosystem-bot[bot]";
        var assessor = IntakeFixtures.Assessor();
        var issue = IntakeFixtures.Issue(IntakeFixtures.Body("complete"), labels: ["New"], number: 2);
        var early = new Finding("prior-applications.resubmitted-early", FindingStatus.Fail, "Decided as Declined; expected from 2027-02-15.",
            "Earlier applications", Blocking: true) { WaitsUntil = new DateOnly(2027, 2, 15) };
        var intake = assessor.Plan(issue, new IntakeReport(2, IntakeVerdict.Incomplete, [early], []));
        var filed = new IssueHistory(issue, [], []).After(intake, automation, IntakeFixtures.Now);
        var read = new ScheduleIssues([filed], automation, new SchedulingRules(), assessor, TwiceMonthly(), IntakeFixtures.Now);

        var notice = NoticeOf(Plan("2026-12-29T12:00-08:00", [Ready(1), .. read.Candidates]), 2);

        CollectionAssert.Contains(filed.Issue.Labels.ToArray(), "Waiting on comment", "intake holds it");
        StringAssert.Contains(notice, "(2027-02-15)");
        Assert.DoesNotContain("Answer the open questions", notice);
        GoldenFile.AssertMatches("queue-position-resubmission", notice);
    }

    /// <summary>
    /// Intake puts the waiting label on every incomplete application, so the queue comment told each one to answer in a
    /// comment to take its place again: an answer there changes nothing (the guard takes the label off, intake puts it
    /// back), only completing the application does, as the intake report says.
    /// </summary>
    [TestMethod]
    public void An_incomplete_application_intake_set_waiting_is_told_it_is_held_back_by_intake_not_to_answer()
    {
        const string automation = "ecosystem-bot[bot]";
        var assessor = IntakeFixtures.Assessor();
        var issue = IntakeFixtures.Issue(IntakeFixtures.Body("missing-license"), labels: ["New"], number: 2);
        var intake = assessor.Plan(issue, assessor.Assess(assessor.Read(issue), null));
        var filed = new IssueHistory(issue, [], []).After(intake, automation, IntakeFixtures.Now);
        var read = new ScheduleIssues([filed], automation, new SchedulingRules(), assessor, TwiceMonthly(), IntakeFixtures.Now);

        var plan = Plan("2026-12-29T12:00-08:00", [Ready(1), .. read.Candidates]);

        CollectionAssert.Contains(filed.Issue.Labels.ToArray(), "Waiting on comment", "intake holds it");
        var notice = NoticeOf(plan, 2);
        StringAssert.Contains(notice, "held back by intake");
        Assert.DoesNotContain("Answer the open questions", notice);
        StringAssert.StartsWith(plan.HeldBack.Single(h => h.IssueNumber == 2).Reason, "intake not complete");
    }

    [TestMethod]
    public void An_application_out_of_the_queue_without_a_session_is_told_so_by_an_edit_only()
    {
        var told = HiddenMarker.Stamp(QueuePositionNotice.Purpose, "Number 1 in the queue.");
        var december = new DateOnly(2026, 12, 8);
        var scheduled = QueuePositionNotice.Scheduled(december).MarkedBody;
        var unlabelled = Ready(1).WithIssue(i => i with { Labels = [] }) with { QueueNotice = told };
        var voting = Ready(2, "in voting") with { QueueNotice = told };
        var votingFromTheBacklog = Ready(3).WithIssue(i => i with { Labels = ["in voting"] }) with { QueueNotice = told };
        var reviewed = Ready(4).WithIssue(i => i with { Labels = ["in voting"] }) with { ScheduledSession = december, QueueNotice = scheduled };
        var closed = Ready(5).WithIssue(i => i with { IsOpen = false }) with { QueueNotice = told };
        var closedAfterItsSession = Ready(7).WithIssue(i => i with { IsOpen = false }) with { ScheduledSession = december, QueueNotice = scheduled };
        var closedBackInTheQueue = Ready(8).WithIssue(i => i with { IsOpen = false }) with { ScheduledSession = december, QueueNotice = told };
        var neverTold = Ready(9).WithIssue(i => i with { Labels = [] });

        var plan = Plan("2026-12-28T12:00-08:00",
            [unlabelled, voting, votingFromTheBacklog, reviewed, closed, Ready(6), closedAfterItsSession, closedBackInTheQueue, neverTold]);

        var noticed = plan.QueueNotices.Select(p => p.IssueNumber).ToArray();
        CollectionAssert.AreEqual(new[] { 1, 2, 3, 5, 6, 8 }, noticed, "those whose comment says they joined their session's batch keep it");
        Assert.IsTrue(new[] { 1, 2, 3, 5, 8 }.All(n => plan.QueueNotices.Single(p => p.IssueNumber == n).Comments.Single().EditOnly));
        Assert.IsFalse(plan.QueueNotices.Single(p => p.IssueNumber == 6).Comments.Single().EditOnly);
        GoldenFile.AssertMatches("queue-position-unlabelled", NoticeOf(plan, 1));
        GoldenFile.AssertMatches("queue-position-left", NoticeOf(plan, 2));
        GoldenFile.AssertMatches("queue-position-closed", NoticeOf(plan, 5));
        Assert.AreEqual(NoticeOf(plan, 5), NoticeOf(plan, 8));
        Assert.AreEqual(NoticeOf(plan, 2), NoticeOf(plan, 3));
        StringAssert.Contains(NoticeOf(plan, 6), "number **1** in the queue", "the one behind them moves up");
    }

    /// <summary>
    /// Staff label an application in review by hand before the window opens: it joins the next batch (the status page
    /// says so) and leaves the queue, so its comment stops naming its old place, which the one behind it now takes.
    /// </summary>
    [TestMethod]
    public void One_put_in_review_by_hand_before_the_window_opens_stops_naming_its_place()
    {
        var queue = Enumerable.Range(1, 3).Select(n => Ready(n)).ToList();
        var told = Plan("2026-12-27T12:00-08:00", queue);
        var byHand = queue.Select(a => a.Issue.Number == 1
            ? a.WithIssue(i => i with { Labels = ["In review"] }) with { QueueNotice = told.QueueNotices[0].Comments[0].MarkedBody }
            : a).ToList();

        var plan = Plan("2026-12-28T12:00-08:00", byHand);

        Assert.IsFalse(plan.WindowOpen);
        StringAssert.Contains(NoticeOf(plan, 2), "number **1** in the queue");
        var notice = plan.IssuePlans.Single(p => p.IssueNumber == 1).Comments.Single();
        Assert.IsTrue(notice.EditOnly);
        Assert.AreEqual(QueuePositionNotice.Purpose, notice.Purpose);
        GoldenFile.AssertMatches("queue-position-adopted", notice.Body);
        Assert.IsEmpty(Plan("2026-12-28T12:00-08:00", Apply(byHand, plan)).IssuePlans, "a rerun writes nothing");

        // Once the window opens, it is scheduled as any other, and its comment says so.
        var opened = Plan("2026-12-29T12:00-08:00", byHand);
        var comments = opened.IssuePlans.Single(p => p.IssueNumber == 1).Comments;
        Assert.AreEqual(
            QueuePositionNotice.Scheduled(new DateOnly(2027, 1, 12)).Body, comments.Single(c => c.Purpose == QueuePositionNotice.Purpose).Body);
    }

    [TestMethod]
    public void The_text_changes_only_when_the_place_or_session_does()
    {
        var queue = Enumerable.Range(1, 25).Select(n => Ready(n)).ToList();
        var first = Plan("2026-12-29T12:00-08:00", queue);
        var night = Apply(queue, first);

        var nextNight = Plan("2026-12-30T12:00-08:00", night);
        var longer = Plan("2026-12-30T12:00-08:00", [.. night, Ready(40)]);

        foreach (var notice in first.QueueNotices)
        {
            Assert.AreEqual(NoticeOf(first, notice.IssueNumber), NoticeOf(nextNight, notice.IssueNumber), $"#{notice.IssueNumber} the next night");
            Assert.AreEqual(NoticeOf(first, notice.IssueNumber), NoticeOf(longer, notice.IssueNumber), $"#{notice.IssueNumber} with one more behind it");
        }
    }

    [TestMethod]
    public void After_a_batch_moves_the_places_move_up()
    {
        var queue = Enumerable.Range(1, 25).Select(n => Ready(n)).ToList();
        var night = Apply(queue, Plan("2026-12-29T12:00-08:00", queue));

        // The day after the 2027-01-12 session, 13 days before 2027-01-26: the next ten move.
        var later = Plan("2027-01-13T12:00-08:00", night);

        Assert.HasCount(5, later.QueueNotices, string.Join(", ", later.QueueNotices.Select(n => n.IssueNumber)) + $" target {later.Target?.Date} window {later.WindowOpen}");
        StringAssert.Contains(NoticeOf(later, 21), "number **1** in the queue");
        StringAssert.Contains(NoticeOf(later, 21), "(2027-02-09)");
    }
}
