using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Tests.Intake;
using Ecosystem.Domain.Voting;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.Domain.Tests.Scheduling;

[TestClass]
public sealed class ScheduleIssuesTests
{
    private const string Automation = "ecosystem-bot[bot]";

    private static readonly string Notice = HiddenMarker.Stamp(ReviewSessionNotice.Purpose, HiddenMarker.For("session", "2027-01-12") + "\nYour review session.");

    private static IssueHistory History(IssueSnapshot issue, params CommentSnapshot[] comments) => new(issue, comments, []);

    private static CommentSnapshot Comment(string author, string body, long id = 1) =>
        new(id, author, false, body, IntakeFixtures.Now, IntakeFixtures.Now, $"https://github.com/pytorch-fdn/ecosystem/issues/42#issuecomment-{id}");

    private static ScheduleIssues Read(params IssueHistory[] histories) =>
        new(histories, Automation, new SchedulingRules(), IntakeFixtures.Assessor(), Calendars.Monthly(), IntakeFixtures.Now);

    [TestMethod]
    public void Only_an_agenda_the_automation_opened_is_an_agenda_and_no_candidate()
    {
        var body = HiddenMarker.Stamp(ReviewAgenda.Purpose, "Agenda");
        var own = IntakeFixtures.Issue(body, "Review session 2027-01-12", number: 1) with { Author = Automation };
        var typed = IntakeFixtures.Issue(body, "Review session 2027-01-12", number: 2);

        var open = Read(History(own), History(typed));

        Assert.AreEqual(1, open.Agendas.Single().Issue.Number);
        Assert.AreEqual(2, open.Candidates.Single().Issue.Number);
    }

    [TestMethod]
    public void A_closed_application_is_read_only_for_the_queue_comment_it_carries()
    {
        var queueNotice = Comment(Automation, HiddenMarker.Stamp(QueuePositionNotice.Purpose, "Number 2 in the queue."));
        var told = IntakeFixtures.Issue("", number: 2) with { IsOpen = false };
        var neverTold = IntakeFixtures.Issue("", labels: ["New", "In review"], number: 3) with { IsOpen = false };

        var read = Read(History(told, queueNotice), History(neverTold));

        Assert.AreEqual(2, read.Candidates.Single().Issue.Number);
        Assert.AreEqual(queueNotice.Body, read.Candidates.Single().QueueNotice);
        Assert.HasCount(2, read.ByNumber);
    }

    [TestMethod]
    public void The_queue_comment_read_is_the_one_the_applier_keeps_the_oldest_whatever_the_order_listed()
    {
        var kept = Comment(Automation, HiddenMarker.Stamp(QueuePositionNotice.Purpose, "Number 2 in the queue."), id: 3);
        var twin = Comment(Automation, HiddenMarker.Stamp(QueuePositionNotice.Purpose, "Number 3 in the queue."), id: 9)
            with { CreatedAt = IntakeFixtures.Now.AddMinutes(1) };

        var read = Read(History(IntakeFixtures.Issue("", number: 2) with { IsOpen = false }, twin, kept));

        Assert.AreEqual(kept.Body, read.Candidates.Single().QueueNotice);
    }

    private static IssueSnapshot Agenda(int number, string date, string reviewers, bool open) => IntakeFixtures.Issue(
        HiddenMarker.Stamp(ReviewAgenda.Purpose, HiddenMarker.For("session", date) + "\n" + HiddenMarker.For("reviewers", reviewers)),
        "Review session " + date,
        number: number) with { Author = Automation, IsOpen = open };

    private static ReviewerPool PoolOn(ScheduleIssues read, ReviewCalendar calendar) =>
        read.Reviewers(
            new BatchPlanner(calendar, new SchedulingRules(), new IntakeRules(), new FakeTimeProvider(Calendars.At("2026-12-29T12:00-08:00")))
                .Plan([], Applications.Repository),
            ["alice", "bob"],
            calendar);

    [TestMethod]
    public void A_closed_agenda_is_its_sessions_agenda_and_its_reviews_count_in_the_history()
    {
        var read = Read(History(Agenda(1, "2026-11-10", "5=bob", open: false)), History(Agenda(2, "2026-12-08", "7=alice", open: true)));
        var pool = PoolOn(read, Calendars.Monthly());

        CollectionAssert.AreEqual(new[] { 1, 2 }, read.Agendas.Select(a => a.Issue.Number).ToArray());
        Assert.AreEqual(1, pool.History.GetValueOrDefault("alice"));
        Assert.AreEqual(1, pool.History.GetValueOrDefault("bob"), "staff close an agenda once its session is held: its reviews were led");
    }

    [TestMethod]
    public void The_agenda_of_a_skipped_session_is_out_of_the_history_its_batch_moved_with_its_reviewers()
    {
        var read = Read(History(Agenda(1, "2026-11-10", "5=bob", open: true)), History(Agenda(2, "2026-12-08", "7=alice", open: true)));
        var pool = PoolOn(read, Calendars.Monthly("2026-12-08"));

        Assert.AreEqual(1, pool.History.GetValueOrDefault("bob"));
        Assert.AreEqual(0, pool.History.GetValueOrDefault("alice"), "the skipped session led no review: its batch counts in the next one");
    }

    [TestMethod]
    public void The_agenda_of_a_session_taken_out_of_sessions_dates_is_out_of_the_history_like_a_skipped_one()
    {
        // 2026-12-08 was a session of the calendar when its agenda was opened; staff took it out of sessions.dates before its
        // day, and the scheduler closed the agenda saying so. Its reviewers led no review.
        var cancelled = Agenda(2, "2026-12-08", "7=alice", open: false) is var agenda
            ? agenda with { Body = agenda.Body + "\n" + HiddenMarker.For("calendar-session", "2026-12-08") } : null!;
        var said = Comment(Automation, HiddenMarker.Stamp(ReviewAgenda.CancelledPurpose, "The review session of 2026-12-08 is cancelled."));
        var read = Read(History(Agenda(1, "2026-11-10", "5=bob", open: false)), History(cancelled, said));
        var pool = PoolOn(read, Calendars.Listed("2026-11-10", "2027-01-12"));

        Assert.AreEqual(1, pool.History.GetValueOrDefault("bob"));
        Assert.AreEqual(0, pool.History.GetValueOrDefault("alice"), "the cancelled session led no review: its batch counts in the next one");
    }

    [TestMethod]
    public void Of_two_agendas_for_one_session_the_history_reads_the_one_kept_the_lowest_number_whatever_the_order_listed()
    {
        // Two runs at once opened two; the second was closed as a duplicate and never edited again, staff closed the first after the session.
        var read = Read(History(Agenda(9, "2026-12-08", "7=bob", open: false)), History(Agenda(4, "2026-12-08", "7=alice", open: false)));
        var pool = PoolOn(read, Calendars.Monthly());

        Assert.AreEqual(1, pool.History.GetValueOrDefault("alice"));
        Assert.AreEqual(0, pool.History.GetValueOrDefault("bob"));
    }

    [TestMethod]
    public void The_session_is_read_from_the_automations_notice_only()
    {
        var inReview = IntakeFixtures.Issue("", labels: ["In review"], number: 1);
        var typed = IntakeFixtures.Issue("", labels: ["In review"], number: 2);

        var open = Read(History(inReview, Comment(Automation, Notice)), History(typed, Comment("janedoe", Notice)));

        Assert.AreEqual(new DateOnly(2027, 1, 12), open.Candidates[0].ScheduledSession);
        Assert.IsNull(open.Candidates[1].ScheduledSession);
    }

    [TestMethod]
    public void Only_members_recuse()
    {
        var members = new Electorate(["alice", "bob"], false, null, null);

        var recused = members.RecusedIn([Comment("Alice", "/vote recuse", 1), Comment("mallory", "/vote recuse", 2), Comment("bob", "> /vote recuse", 3)]);

        CollectionAssert.AreEquivalent(new[] { "Alice" }, recused.ToArray());
    }
}
