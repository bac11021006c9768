using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using static Ecosystem.Domain.Tests.Guardians.Given;

namespace Ecosystem.Domain.Tests.Guardians;

[TestClass]
public sealed class ApplicantRepliesTests
{
    private static readonly DateTimeOffset Asked = Opened.AddDays(10);
    // As the form reader gives them: logins, without the '@' or the profile address they were written with.
    private static readonly IReadOnlyList<string> Maintainers = AnswerValues.Maintainers("@maint-one, https://github.com/maint-two, not a login!").Handles;
    private static readonly LabelEvent[] WaitingOnly = [Added("Waiting on comment", "bob", Asked)];
    private static readonly LabelEvent[] ScheduledThenWaiting =
        [Added("In review", "alice", Opened.AddDays(5)), Removed("In review", "alice", Opened.AddDays(8)), Added("Waiting on comment", "bob", Asked)];

    private readonly ApplicantReplies _replies = new(Rules, People);

    [TestMethod]
    public void Author_reply_removes_waiting_and_tells_the_Working_Group_once()
    {
        var issue = Application("Waiting on comment");

        var action = _replies.Review(issue, Comment("applicant", Asked.AddDays(1)), [], WaitingOnly, Maintainers);

        CollectionAssert.AreEqual(new[] { "Waiting on comment" }, action.Plan.RemoveLabels.ToArray());
        Assert.IsEmpty(action.Plan.AddLabels);
        Assert.IsTrue(action.RerunIntake);
        Assert.HasCount(1, action.Plan.Comments);
        Assert.AreEqual(ApplicantReplies.Purpose, action.Plan.Comments[0].Purpose);
        StringAssert.StartsWith(action.Plan.Comments[0].Body, "@pytorch-fdn/ecosystem-wg: ");
        GoldenFile.AssertMatches("applicant-replied", action.Plan.Comments[0].Body);
    }

    [TestMethod]
    public void A_reply_after_the_asking_counts_though_the_guard_later_put_back_the_label_an_outsider_removed()
    {
        LabelEvent[] restored =
            [.. WaitingOnly, Removed("Waiting on comment", "mallory", Asked.AddHours(2)), Added("Waiting on comment", Automation, Asked.AddHours(3))];

        var action = _replies.Review(Application("Waiting on comment"), Comment("applicant", Asked.AddHours(1)), [], restored, Maintainers);

        CollectionAssert.AreEqual(new[] { "Waiting on comment" }, action.Plan.RemoveLabels.ToArray());
    }

    [TestMethod]
    public void A_reply_before_staff_asked_again_after_an_outsiders_removal_the_guard_never_undid_predates_the_label()
    {
        LabelEvent[] askedAgain =
            [.. WaitingOnly, Removed("Waiting on comment", "mallory", Asked.AddHours(2)), Added("Waiting on comment", "bob", Asked.AddDays(5))];

        var action = _replies.Review(Application("Waiting on comment"), Comment("applicant", Asked.AddDays(1)), [], askedAgain, Maintainers);

        Assert.IsTrue(action.IsEmpty);
        StringAssert.Contains(action.Summary, "predates");
    }

    [TestMethod]
    public void With_remove_waiting_on_reply_off_the_reply_keeps_the_label_and_still_answers_and_reruns_intake()
    {
        var replies = new ApplicantReplies(Rules with { RemoveWaitingOnReply = false }, People);

        var action = replies.Review(
            Application("New", "Waiting on comment"), Comment("applicant", Asked.AddDays(1)), [], ScheduledThenWaiting, Maintainers);

        Assert.IsEmpty(action.Plan.RemoveLabels);
        CollectionAssert.AreEqual(new[] { "Returning" }, action.Plan.AddLabels.ToArray());
        Assert.IsTrue(action.RerunIntake);
        StringAssert.Contains(action.Summary, "kept 'Waiting on comment'");
        GoldenFile.AssertMatches("applicant-replied-keeps-waiting", action.Plan.Comments.Single().Body);
    }

    [TestMethod]
    [DataRow("maint-one")]
    [DataRow("Maint-Two")]
    public void Listed_maintainer_reply_counts_as_the_applicant(string maintainer)
    {
        var action = _replies.Review(Application("Waiting on comment"), Comment(maintainer, Asked.AddDays(1)), [], WaitingOnly, Maintainers);

        Assert.IsTrue(action.RerunIntake);
        CollectionAssert.AreEqual(new[] { "Waiting on comment" }, action.Plan.RemoveLabels.ToArray());
    }

    [TestMethod]
    public void Previously_scheduled_application_is_marked_Returning()
    {
        var action = _replies.Review(
            Application("New", "Waiting on comment"), Comment("applicant", Asked.AddDays(1)), [], ScheduledThenWaiting, Maintainers);

        CollectionAssert.AreEqual(new[] { "Returning" }, action.Plan.AddLabels.ToArray());
        GoldenFile.AssertMatches("applicant-replied-returning", action.Plan.Comments[0].Body);
    }

    /// <summary>
    /// Set waiting in review for a session (09:00 UTC the day after the asking): an answer before the session keeps it in that
    /// session's batch; one after it started is a return, so that session was its earlier review and the next batch takes it.
    /// An answer under a vote marks nothing, and the vote keeps its session (its deadline counts from it).
    /// </summary>
    [TestMethod]
    public void An_answer_that_marks_it_returning_after_its_session_started_reads_no_session_one_before_it_that_session()
    {
        var session = DateOnly.FromDateTime(Asked.UtcDateTime).AddDays(1);
        var marked = HiddenMarker.For(ReviewSessionNotice.Purpose) + "\n" + SessionText.Marker(session);
        var notice = Comment(Automation, Opened.AddDays(5), marked, bot: true, id: 2);
        var after = new DateTimeOffset(session.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero);
        DateOnly? Recorded(IssueSnapshot issue, DateTimeOffset answered)
        {
            var action = _replies.Review(issue, Comment("applicant", answered), [notice], ScheduledThenWaiting, Maintainers);
            var (_, thread) = Apply(issue, [notice], action.Plan, answered.AddMinutes(1));
            return ReviewSessionNotice.RecordedIn(thread, Automation, new ReviewCalendar(new ReviewCalendarSettings()));
        }

        Assert.AreEqual(session, Recorded(Application("In review", "Waiting on comment"), Asked.AddHours(2)), "answered before its session");
        Assert.IsNull(Recorded(Application("In review", "Waiting on comment"), after), "answered after it: the next batch's");
        Assert.AreEqual(session, Recorded(Application("In review", "in voting", "Waiting on comment"), after), "answered under its vote");
    }

    [TestMethod]
    public void A_scheduled_application_staff_set_waiting_in_place_of_In_review_is_back_in_the_backlog_when_answered()
    {
        // The scheduler took New off when it put the application in review; staff swapped In review for Waiting on comment.
        // Marked Returning alone, it would be in no queue at all, though the Working Group is told it goes first in the next batch.
        var issue = Application("Waiting on comment");
        var action = _replies.Review(issue, Comment("applicant", Asked.AddDays(1)), [], ScheduledThenWaiting, Maintainers);

        CollectionAssert.AreEquivalent(new[] { "Returning", "New" }, action.Plan.AddLabels.ToArray());
        StringAssert.Contains(action.Plan.Comments[0].Body, "goes first in the next review batch");
        var answered = new QueueCandidate(Apply(issue, [], action.Plan, Asked.AddDays(1)).Issue) { IntakeComplete = true };
        var standing = new ReviewQueue(new SchedulingRules(), (_, _) => false).StandingOf(answered, null, DateOnly.FromDateTime(Asked.UtcDateTime));
        Assert.AreEqual(QueueStanding.Backlog, standing, "in the queue, as the comment says");
    }

    /// <summary>An applicant who once added the in-review label (undone by the guard) was never scheduled: no place at the front.</summary>
    [TestMethod]
    public void An_in_review_label_an_outsider_added_is_no_scheduling()
    {
        LabelEvent[] events =
            [Added("In review", "applicant", Opened.AddDays(5)), Removed("In review", Automation, Opened.AddDays(5)), .. WaitingOnly];

        var action = _replies.Review(Application("Waiting on comment"), Comment("applicant", Asked.AddDays(1)), [], events, Maintainers);

        Assert.IsEmpty(action.Plan.AddLabels);
        Assert.IsTrue(action.RerunIntake);
    }

    /// <summary>Scheduled by someone who has left the Working Group since: the label stood, so it was a scheduling.</summary>
    [TestMethod]
    public void An_in_review_label_that_stood_counts_though_who_added_it_has_left_the_working_group()
    {
        LabelEvent[] events =
            [Added("In review", "former-member", Opened.AddDays(5)), Removed("In review", "alice", Opened.AddDays(15)), Added("Waiting on comment", "bob", Opened.AddDays(15))];

        var action = _replies.Review(Application("New", "Waiting on comment"), Comment("applicant", Opened.AddDays(16)), [], events, Maintainers);

        CollectionAssert.AreEqual(new[] { "Returning" }, action.Plan.AddLabels.ToArray());
    }

    [TestMethod]
    public void With_order_fifo_Returning_is_not_said_to_go_first()
    {
        var replies = new ApplicantReplies(Rules with { Order = ReviewOrder.Fifo }, People);

        var action = replies.Review(
            Application("New", "Waiting on comment"), Comment("applicant", Asked.AddDays(1)), [], ScheduledThenWaiting, Maintainers);

        CollectionAssert.AreEqual(new[] { "Returning" }, action.Plan.AddLabels.ToArray());
        var body = action.Plan.Comments.Single().Body;
        StringAssert.Contains(body, "is removed and the application is marked **Returning**. The intake checks");
        Assert.DoesNotContain("goes first", body);
    }

    [TestMethod]
    public void Application_carrying_In_review_is_marked_Returning()
    {
        var action = _replies.Review(Application("In review", "Waiting on comment"), Comment("applicant", Asked.AddDays(1)), [], WaitingOnly, Maintainers);

        CollectionAssert.AreEqual(new[] { "Returning" }, action.Plan.AddLabels.ToArray());
    }

    /// <summary>
    /// The Working Group asks again (waiting on the applicant a second time) and the applicant answers: the group is told in
    /// a comment of this wait's own, as a stale wait's reminder is, since the first wait's comment read the same and was left
    /// as it was, so nobody learnt of the answer; the first comment stays, and a rerun writes nothing more.
    /// </summary>
    [TestMethod]
    public void Later_reply_after_a_new_question_tells_the_Working_Group_again_once()
    {
        var issue = Application("Waiting on comment");
        var first = _replies.Review(issue, Comment("applicant", Asked.AddDays(1), id: 2), [], WaitingOnly, Maintainers);
        var (answered, comments) = Apply(issue, [Comment("applicant", Asked.AddDays(1), id: 2)], first.Plan, Asked.AddDays(1));

        var askedAgain = answered with { Labels = [.. answered.Labels, "Waiting on comment"] };
        LabelEvent[] events =
            [.. WaitingOnly, Removed("Waiting on comment", Automation, Asked.AddDays(1)), Added("Waiting on comment", "carol", Asked.AddDays(3))];
        var reply = Comment("applicant", Asked.AddDays(4), id: 4);
        var second = _replies.Review(askedAgain, reply, [.. comments, reply], events, Maintainers);

        CollectionAssert.AreEqual(new[] { "Waiting on comment" }, second.Plan.RemoveLabels.ToArray());
        Assert.HasCount(1, second.Plan.Comments, "a new comment notifies the group; an edit of the first would not");
        Assert.AreNotEqual(ApplicantReplies.Purpose, second.Plan.Comments[0].Purpose);
        StringAssert.StartsWith(second.Plan.Comments[0].Body, "@pytorch-fdn/ecosystem-wg: ");
        Assert.IsTrue(second.RerunIntake);

        var (after, thread) = Apply(askedAgain, [.. comments, reply], second.Plan with { RemoveLabels = [] }, Asked.AddDays(4));
        var rerun = _replies.Review(after, reply, thread, events, Maintainers);
        Assert.IsEmpty(rerun.Plan.Comments, "a rerun of the same answer pings nobody twice");
        Assert.HasCount(2, OwnComments.Of(thread, Automation, p => p?.StartsWith(ApplicantReplies.Purpose, StringComparison.Ordinal) == true).All);
    }

    /// <summary>With the label kept on replies, a second answer to the same question tells the group nothing new: no second ping.</summary>
    [TestMethod]
    public void A_second_answer_to_the_same_question_pings_nobody_twice()
    {
        var replies = new ApplicantReplies(Rules with { RemoveWaitingOnReply = false }, People);
        var issue = Application("Waiting on comment");
        var first = replies.Review(issue, Comment("applicant", Asked.AddDays(1), id: 2), [], WaitingOnly, Maintainers);
        var (answered, comments) = Apply(issue, [Comment("applicant", Asked.AddDays(1), id: 2)], first.Plan, Asked.AddDays(1));

        var again = replies.Review(answered, Comment("applicant", Asked.AddDays(2), id: 4), comments, WaitingOnly, Maintainers);

        Assert.IsEmpty(again.Plan.Comments);
    }

    [TestMethod]
    public void Feeding_the_result_back_yields_an_empty_plan()
    {
        var issue = Application("In review", "Waiting on comment");
        var reply = Comment("applicant", Asked.AddDays(1), id: 2);
        var first = _replies.Review(issue, reply, [reply], ScheduledThenWaiting, Maintainers);
        var (after, comments) = Apply(issue, [reply], first.Plan, Asked.AddDays(1));

        var again = _replies.Review(after, Comment("applicant", Asked.AddDays(2), id: 3), comments, ScheduledThenWaiting, Maintainers);

        Assert.IsTrue(again.IsEmpty);
    }

    [TestMethod]
    public void Stranger_reply_does_nothing()
    {
        var action = _replies.Review(Application("Waiting on comment"), Comment("passer-by", Asked.AddDays(1)), [], WaitingOnly, Maintainers);

        Assert.IsTrue(action.IsEmpty);
    }

    /// <summary>
    /// The applicant deleted their account: the issue's author reads as GitHub's placeholder for deleted accounts, and so
    /// does every other deleted account's comment; such a comment (a removed spammer's) ended the wait as the applicant's answer.
    /// </summary>
    [TestMethod]
    [DataRow("ghost")]
    [DataRow("")]
    public void A_deleted_accounts_comment_is_no_answer_though_the_applicants_account_is_deleted_too(string deleted)
    {
        var issue = Application("Waiting on comment") with { Author = deleted };

        var action = _replies.Review(issue, Comment(deleted, Asked.AddDays(1)), [], WaitingOnly, Maintainers);

        Assert.IsTrue(action.IsEmpty, action.Summary);
        Assert.IsFalse(action.RerunIntake);
    }

    [TestMethod]
    public void Working_Group_reply_does_nothing()
    {
        var action = _replies.Review(Application("Waiting on comment"), Comment("bob", Asked.AddDays(1)), [], WaitingOnly, Maintainers);

        Assert.IsTrue(action.IsEmpty);
    }

    [TestMethod]
    [DataRow("dependabot[bot]", true)]
    [DataRow("ecosystem-bot[bot]", true)]
    public void Bot_comment_does_nothing(string author, bool isBot)
    {
        var action = _replies.Review(Application("Waiting on comment"), Comment(author, Asked.AddDays(1), bot: isBot), [], WaitingOnly, [author]);

        Assert.IsTrue(action.IsEmpty);
    }

    [TestMethod]
    public void Applicant_comment_without_the_waiting_label_does_nothing()
    {
        var action = _replies.Review(Application("New"), Comment("applicant", Asked.AddDays(1)), [], [], Maintainers);

        Assert.IsTrue(action.IsEmpty);
    }

    [TestMethod]
    public void An_answer_on_an_accepted_application_is_told_but_puts_it_in_no_queue()
    {
        // Scheduled, asked, accepted without the answer: the tally leaves the waiting label on, and the issue open.
        var accepted = Application("Accepted", "Waiting on comment");

        var action = _replies.Review(accepted, Comment("applicant", Asked.AddDays(3)), [], ScheduledThenWaiting, Maintainers);

        CollectionAssert.AreEqual(new[] { "Waiting on comment" }, action.Plan.RemoveLabels.ToArray());
        Assert.IsEmpty(action.Plan.AddLabels, "neither Returning nor New on a decided application");
        Assert.DoesNotContain("Returning", action.Plan.Comments.Single().Body);
    }

    [TestMethod]
    public void A_reply_on_a_closed_application_left_waiting_pings_nobody_and_brings_nothing_back()
    {
        // Staff closed a duplicate filing that still carried the waiting label; the applicant writes on it afterwards.
        var closed = Application("In review", "Waiting on comment") with { IsOpen = false, ClosedAt = Asked.AddDays(2) };

        var action = _replies.Review(closed, Comment("applicant", Asked.AddDays(3)), [], ScheduledThenWaiting, Maintainers);

        Assert.IsTrue(action.IsEmpty);
        Assert.IsFalse(action.RerunIntake);
        StringAssert.Contains(action.Summary, "closed");
        StringAssert.Contains(action.Summary, "/ecosystem returning");
    }

    /// <summary>
    /// An early resubmission waits on its date, not on an answer (as the nightly stale check has it): a comment from the
    /// applicant before that date took the waiting label off and told the Working Group the application was back in front
    /// of them, and intake put the label straight back, every comment again. Before the date it moves nothing; on the date
    /// intake reviews it as new, and a comment from then on answers as any other.
    /// </summary>
    [TestMethod]
    public void A_comment_on_an_early_resubmission_before_its_date_moves_nothing_and_one_after_answers()
    {
        var report = Comment(Automation, Asked, "<!-- ecosystem-bot:intake-report -->\n<!-- ecosystem-bot:waits-until 2026-07-10 -->",
            bot: true, id: 9);
        var issue = Application("Waiting on comment");
        var date = new DateTimeOffset(2026, 7, 10, 0, 0, 0, TimeSpan.Zero);

        var early = _replies.Review(issue, Comment("applicant", date.AddHours(-1)), [report], WaitingOnly, Maintainers);
        var onTheDay = _replies.Review(issue, Comment("applicant", date.AddHours(8)), [report], WaitingOnly, Maintainers);

        Assert.IsTrue(early.IsEmpty, early.Summary);
        Assert.IsFalse(early.RerunIntake, early.Summary);
        StringAssert.Contains(early.Summary, "2026-07-10");
        CollectionAssert.AreEqual(new[] { "Waiting on comment" }, onTheDay.Plan.RemoveLabels.ToArray(), onTheDay.Summary);
    }

    [TestMethod]
    public void Comment_older_than_the_waiting_label_does_nothing()
    {
        var action = _replies.Review(Application("Waiting on comment"), Comment("applicant", Asked.AddHours(-1)), [], WaitingOnly, Maintainers);

        Assert.IsTrue(action.IsEmpty);
    }

    [TestMethod]
    public void Working_Group_users_are_mentioned_when_no_team_is_configured()
    {
        var replies = new ApplicantReplies(new GuardianRules { WorkingGroupUsers = ["bob", "@carol"] }, People);

        var action = replies.Review(Application("Waiting on comment"), Comment("applicant", Asked.AddDays(1)), [], WaitingOnly, Maintainers);

        StringAssert.StartsWith(action.Plan.Comments[0].Body, "@bob @carol: ");
    }

    [TestMethod]
    public void A_team_given_with_an_at_sign_by_hand_is_mentioned_once_with_it()
    {
        var rules = new GuardianRules { WorkingGroupTeam = " @pytorch-fdn/ecosystem-wg" };

        var action = new ApplicantReplies(rules, People)
            .Review(Application("Waiting on comment"), Comment("applicant", Asked.AddDays(1)), [], WaitingOnly, Maintainers);

        Assert.AreEqual("pytorch-fdn/ecosystem-wg", rules.WorkingGroupTeam);
        StringAssert.StartsWith(action.Plan.Comments[0].Body, "@pytorch-fdn/ecosystem-wg: ");
    }

    [TestMethod]
    public void Without_anyone_configured_the_comment_addresses_the_Working_Group_by_name()
    {
        var replies = new ApplicantReplies(new GuardianRules(), People);

        var action = replies.Review(Application("Waiting on comment"), Comment("applicant", Asked.AddDays(1)), [], WaitingOnly, Maintainers);

        StringAssert.StartsWith(action.Plan.Comments[0].Body, "Working Group: ");
    }
}
