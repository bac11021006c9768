using System.Globalization;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;
using static Ecosystem.Domain.Tests.Guardians.Given;

namespace Ecosystem.Domain.Tests.Guardians;

[TestClass]
public sealed class ReturningRequestsTests
{
    private static readonly string[] Maintainers = ["maint-one"];
    private static readonly DateTimeOffset Asked = Opened.AddDays(40);

    private static ReturningRequests Requests => new(Rules, People);

    /// <summary>Sessions at 09:00 UTC on any date named.</summary>
    private static readonly ReviewCalendar Sessions = new(new ReviewCalendarSettings());

    [TestMethod]
    [DataRow("/ecosystem returning")]
    [DataRow("Done with all the asks.\n\n/Ecosystem Returning")]
    [DataRow("  /ecosystem returning please")]
    [DataRow("\uFEFF/ecosystem returning", DisplayName = "after a byte-order mark that starts the comment, which GitHub does not show")]
    [DataRow("**/ecosystem returning**", DisplayName = "in bold, as ballots are read")]
    [DataRow("All done:\n\n- /ecosystem returning", DisplayName = "a list item of its own, as ballots are read")]
    [DataRow("- fixed the CI\n    - /ecosystem returning", DisplayName = "a nested list item, as ballots are read")]
    [DataRow("## /ecosystem returning", DisplayName = "a heading, as ballots are read")]
    [DataRow("- [x] /ecosystem returning", DisplayName = "a task-list item, as ballots are read")]
    public void Asks_reads_the_command_on_its_own_line(string body) => Assert.IsTrue(ReturningRequests.Asks(body));

    [TestMethod]
    [DataRow("> /ecosystem returning")]
    [DataRow("```\n/ecosystem returning\n```")]
    [DataRow("    /ecosystem returning")]
    [DataRow("I will say /ecosystem returning later")]
    [DataRow("/ecosystem returningsoon")]
    [DataRow("/ecosystem returning_soon")]
    [DataRow("> - /ecosystem returning", DisplayName = "a list item in a quote")]
    [DataRow("    - /ecosystem returning", DisplayName = "indented 4 outside a list: code")]
    [DataRow("> ## /ecosystem returning", DisplayName = "a heading in a quote")]
    [DataRow("- [x] I will say /ecosystem returning", DisplayName = "a task-list item, mid-sentence")]
    [DataRow("- fixed the CI\n\n        /ecosystem returning", DisplayName = "indented 4 past a list item's text: code")]
    public void Asks_ignores_quotes_code_and_mid_sentence(string body) => Assert.IsFalse(ReturningRequests.Asks(body));

    [TestMethod]
    [DataRow("<!--\n/ecosystem returning\n-->", DisplayName = "an HTML comment block")]
    [DataRow("Thanks <!-- later:\n/ecosystem returning\n-->", DisplayName = "an inline HTML comment")]
    [DataRow("> As you said:\n/ecosystem returning", DisplayName = "a quote's lazy continuation line")]
    [DataRow("Run `x\n/ecosystem returning` then", DisplayName = "a code span")]
    [DataRow("~~~\n/ecosystem returning", DisplayName = "an unclosed tilde fence")]
    [DataRow("<details>\n<!--\n/ecosystem returning\n-->\n</details>", DisplayName = "an HTML comment in an HTML block")]
    public void Asks_reads_the_comment_as_GitHub_shows_it_so_a_command_in_HTML_quote_or_code_is_not_said(string body) =>
        Assert.IsFalse(ReturningRequests.Asks(body));

    [TestMethod]
    [DataRow("Fixed.\r/ecosystem returning", DisplayName = "after a lone carriage return")]
    [DataRow("```\ncode\n```\n/ecosystem returning", DisplayName = "after a closed fence")]
    [DataRow("> quoted\n\n/ecosystem returning", DisplayName = "after a quote, past a blank line")]
    [DataRow("<details>\n/ecosystem returning\n</details>", DisplayName = "in an HTML block, whose text GitHub shows")]
    public void Asks_reads_a_command_said_after_quotes_and_code(string body) => Assert.IsTrue(ReturningRequests.Asks(body));

    [TestMethod]
    public void The_applicant_brings_a_waiting_application_back_to_the_front_of_the_queue()
    {
        var issue = Application("In review", "Waiting on comment");
        var action = Requests.Review(issue, Comment("applicant", Asked, "/ecosystem returning"), [], [], Maintainers);

        Assert.IsTrue(action.RerunIntake);
        CollectionAssert.AreEquivalent(new[] { "Returning", "New" }, action.Plan.AddLabels.ToArray());
        CollectionAssert.AreEquivalent(new[] { "In review", "Waiting on comment" }, action.Plan.RemoveLabels.ToArray());
        Assert.IsNull(action.Plan.State);
        GoldenFile.AssertMatches("returning", action.Plan.Comments[0].Body);
    }

    /// <summary>
    /// Intake set it waiting before any review: the request is the applicant's answer, and does what a plain answer does (the
    /// wait ends, the Working Group is told in the same one comment, intake reruns); the application keeps its place by issue
    /// number, as Returning is for one reviewed before (the process, step 3). The comment names the request in a hidden line,
    /// by which intake completes the board move of the return (<see cref="ReturningRequests.LastGranted"/>); a run stopped
    /// before the waiting label went leaves the wait open, and a later answer in it writes no comment without the line.
    /// </summary>
    [TestMethod]
    public void A_waiting_application_never_scheduled_for_review_is_answered_as_a_plain_answer_and_not_marked_Returning()
    {
        var issue = Application("New", "Waiting on comment");
        LabelEvent[] events = [Added("Waiting on comment", Automation, Asked.AddDays(-2))];
        var request = Comment("applicant", Asked, "All fixed.\n\n/ecosystem returning");
        var replies = new ApplicantReplies(Rules, People);

        var action = Requests.Review(issue, request, [request], events, Maintainers);
        var answer = replies.Review(issue, request, [request], events, Maintainers);
        var (stopped, comments) = Apply(issue, [request], action.Plan with { RemoveLabels = [] }, Asked.AddMinutes(1));
        var later = Comment("applicant", Asked.AddHours(1), "One more detail.", id: 5);

        Assert.IsTrue(action.RerunIntake);
        Assert.IsEmpty(action.Plan.AddLabels, action.Summary);
        CollectionAssert.AreEqual(answer.Plan.RemoveLabels.ToArray(), action.Plan.RemoveLabels.ToArray());
        var named = "\n" + HiddenMarker.For("asked", Asked.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        Assert.AreEqual(answer.Plan.Comments.Single() with { Body = answer.Plan.Comments[0].Body + named }, action.Plan.Comments.Single(),
            "the Working Group is told as of an answer");
        GoldenFile.AssertMatches("applicant-replied", answer.Plan.Comments[0].Body);
        Assert.AreEqual(Asked.AddMinutes(1), ReturningRequests.LastGranted(comments, Automation));
        Assert.IsEmpty(replies.Review(stopped, later, [.. comments, later], events, Maintainers).Plan.Comments);
    }

    /// <summary>
    /// An early resubmission waits on its date, not on an answer: the applicant's request before that date moves nothing, as
    /// their plain comment does (the Working Group was told of an answer, the waiting label taken off and intake put it
    /// straight back); from the date it answers as a plain answer does.
    /// </summary>
    [TestMethod]
    public void The_applicants_request_on_an_early_resubmission_before_its_date_moves_nothing_as_their_plain_answer()
    {
        var report = Comment(Automation, Asked.AddDays(-5),
            "<!-- ecosystem-bot:intake-report -->\n<!-- ecosystem-bot:waits-until 2026-07-10 -->", bot: true, id: 9);
        var issue = Application("New", "Waiting on comment");
        LabelEvent[] events = [Added("Waiting on comment", Automation, Asked.AddDays(-5))];
        var date = new DateTimeOffset(2026, 7, 10, 0, 0, 0, TimeSpan.Zero);

        var early = Requests.Review(issue, Comment("applicant", date.AddHours(-1), "/ecosystem returning", id: 10), [report], events, Maintainers);
        var onTheDay = Requests.Review(issue, Comment("applicant", date.AddHours(8), "/ecosystem returning", id: 10), [report], events, Maintainers);

        Assert.IsTrue(early.IsEmpty, early.Summary);
        Assert.IsFalse(early.RerunIntake, early.Summary);
        StringAssert.Contains(early.Summary, "2026-07-10");
        Assert.AreEqual(ApplicantReplies.Purpose, onTheDay.Plan.Comments.Single().Purpose, onTheDay.Summary);
    }

    /// <summary>
    /// Staff who write the command decide as staff who add the label by hand do (the label counts as reviewed before): marked
    /// Returning, with the reply to a return; not answered as if they were the applicant.
    /// </summary>
    [TestMethod]
    public void Staff_asking_on_an_application_never_scheduled_mark_it_Returning_as_the_label_by_hand_does()
    {
        var issue = Application("New", "Waiting on comment");
        LabelEvent[] events = [Added("Waiting on comment", Automation, Asked.AddDays(-2))];

        var action = Requests.Review(issue, Comment("alice", Asked, "/ecosystem returning"), [], events, Maintainers);
        var byHand = Requests.Returned(Application("New", "Waiting on comment", "Returning"), "alice", Asked, [], events);

        CollectionAssert.AreEqual(new[] { "Returning" }, action.Plan.AddLabels.ToArray(), action.Summary);
        CollectionAssert.AreEqual(byHand.Plan.RemoveLabels.ToArray(), action.Plan.RemoveLabels.ToArray());
        Assert.AreEqual(ReturningRequests.Purpose, action.Plan.Comments.Single().Purpose);
        Assert.AreEqual(byHand.Plan.Comments.Single().Body, action.Plan.Comments.Single().Body);
    }

    [TestMethod]
    public void In_first_come_order_the_comment_promises_no_priority()
    {
        var fifo = new ReturningRequests(Rules with { Order = ReviewOrder.Fifo }, People);
        var body = fifo.Review(Application("In review", "Waiting on comment"), Comment("applicant", Asked, "/ecosystem returning"), [], [],
            Maintainers).Plan.Comments[0].Body;

        StringAssert.Contains(body, "goes back in the queue for review. It takes its place in the next review batches by issue number. The intake checks run again");
        Assert.DoesNotContain("go first", body);
    }

    [TestMethod]
    public void A_maintainer_reopens_a_closed_declined_application()
    {
        var issue = Application("Declined") with { IsOpen = false, ClosedAt = Asked.AddDays(-3) };
        var action = Requests.Review(issue, Comment("Maint-One", Asked, "/ecosystem returning"), [], [], Maintainers);

        Assert.AreEqual(new IssueStateChange(true), action.Plan.State);
        CollectionAssert.AreEqual(new[] { "Declined" }, action.Plan.RemoveLabels.ToArray());
    }

    /// <summary>The vote's outcome put it in the board's done column; back in the backlog, it leaves that column too.</summary>
    [TestMethod]
    public void A_declined_application_brought_back_goes_back_to_the_boards_backlog_column()
    {
        var action = Requests.Review(Application("Declined"), Comment("applicant", Asked, "/ecosystem returning"), [], [], Maintainers);
        var withoutBoard = new ReturningRequests(Rules with { Columns = null }, People)
            .Review(Application("Declined"), Comment("applicant", Asked, "/ecosystem returning"), [], [], Maintainers);

        Assert.AreEqual(new BoardPlacement("New"), action.Plan.Board);
        Assert.IsNull(withoutBoard.Plan.Board);
    }

    [TestMethod]
    public void Staff_may_ask_for_the_applicant()
    {
        var issue = Application("In review", "Waiting on comment", "New");
        var action = Requests.Review(issue, Comment("alice", Asked, "/ecosystem returning"), [], [], Maintainers);

        CollectionAssert.AreEqual(new[] { "Returning" }, action.Plan.AddLabels.ToArray());
    }

    [TestMethod]
    public void A_stranger_is_told_who_may_ask_once()
    {
        var issue = Application("Waiting on comment");
        var action = Requests.Review(issue, Comment("stranger", Asked, "/ecosystem returning"), [], [], Maintainers);

        Assert.IsEmpty(action.Plan.AddLabels);
        Assert.IsFalse(action.RerunIntake);
        Assert.AreEqual(ReturningRequests.RefusedPurpose, action.Plan.Comments[0].Purpose);
        GoldenFile.AssertMatches("returning-refused", action.Plan.Comments[0].Body);

        var (after, comments) = Apply(issue, [], action.Plan, Asked);
        Assert.IsTrue(Requests.Review(after, Comment("other-stranger", Asked, "/ecosystem returning"), comments, [], Maintainers).IsEmpty);
    }

    [TestMethod]
    public void A_rerun_after_the_return_plans_nothing()
    {
        var issue = Application("Waiting on comment", "In review");
        var request = Comment("applicant", Asked, "/ecosystem returning");
        var first = Requests.Review(issue, request, [], [], Maintainers);
        var (after, comments) = Apply(issue, [request], first.Plan, Asked);

        var again = Requests.Review(after, request, comments, [], Maintainers);

        Assert.IsTrue(again.Plan.IsEmpty, again.Summary);
    }

    [TestMethod]
    public void Staff_bringing_it_back_after_another_declined_vote_are_answered_again_and_a_rerun_plans_nothing()
    {
        // Staff add the returning label after the first declined vote, and again after the second (an earlier version edited
        // its one outcome comment): the answer names the request and the outcome it answers, so it is written at each return, dating it.
        var outcome = Comment(Automation, Asked, HiddenMarker.Stamp(VoteTally.OutcomePurpose, "Declined."), bot: true, id: 7);
        var first = Requests.Returned(Application("Declined"), "alice", Asked, [outcome], []);
        var (_, comments) = Apply(Application("Declined"), [outcome], first.Plan, Asked);
        var secondOutcome = outcome with { UpdatedAt = Asked.AddDays(40) };
        comments = [.. comments.Select(c => c.Id == outcome.Id ? secondOutcome : c)];

        var again = Requests.Returned(Application("Declined"), "alice", Asked.AddDays(50), comments, []);
        var (_, answered) = Apply(Application("Declined"), comments, again.Plan, Asked.AddDays(50));

        Assert.HasCount(1, again.Plan.Comments, again.Summary);
        Assert.IsEmpty(Requests.Returned(Application("Declined"), "alice", Asked.AddDays(50), answered, []).Plan.Comments);
    }

    [TestMethod]
    public void The_same_request_read_again_after_another_declined_vote_is_answered_again()
    {
        // The guard dates a returning label's request by the sender's latest add the timeline shows: with no new one in it
        // (not listed yet, or the label left on through the decline), the same staff member's first add, as last time.
        // Only the outcome it answers then tells this return from the last, so the answer is written again and dates it.
        var outcome = Comment(Automation, Asked, HiddenMarker.Stamp(VoteTally.OutcomePurpose, "Declined."), bot: true, id: 7);
        var first = Requests.Returned(Application("Declined"), "alice", Asked, [outcome], []);
        var (_, comments) = Apply(Application("Declined"), [outcome], first.Plan, Asked);
        comments = [.. comments.Select(c => c.Id == outcome.Id ? outcome with { UpdatedAt = Asked.AddDays(40) } : c)];

        var again = Requests.Returned(Application("Declined"), "alice", Asked, comments, []);

        Assert.HasCount(1, again.Plan.Comments, "the same request, a new outcome: " + again.Summary);
    }

    [TestMethod]
    public void The_same_applicant_back_from_a_second_wait_is_answered_again_so_the_session_it_waited_at_is_not_read_as_current()
    {
        // Scheduled for 2026-04-14, set waiting at that session and back on 2026-04-20 by /ecosystem returning; scheduled for
        // 2026-05-12 (the scheduler edits its one session comment), set waiting there too and back on 2026-05-18, asked by the
        // same applicant, with no vote outcome in between.
        static CommentSnapshot Notice(DateOnly session, DateTimeOffset written) =>
            Comment(Automation, Opened, HiddenMarker.For(ReviewSessionNotice.Purpose) + "\n" + SessionText.Marker(session), bot: true, id: 2)
                with { UpdatedAt = written };
        var waiting = Application("In review", "Waiting on comment");
        var firstRequest = Comment("applicant", new DateTimeOffset(2026, 4, 20, 9, 0, 0, TimeSpan.Zero), "/ecosystem returning", id: 3);
        IReadOnlyList<CommentSnapshot> thread = [Notice(new DateOnly(2026, 4, 14), Opened.AddDays(28)), firstRequest];
        var first = Requests.Review(waiting, firstRequest, thread, [], Maintainers);
        (_, thread) = Apply(waiting, thread, first.Plan, firstRequest.CreatedAt.AddMinutes(1));
        thread = [.. thread.Select(c => c.Id == 2 ? Notice(new DateOnly(2026, 5, 12), new DateTimeOffset(2026, 4, 28, 6, 0, 0, TimeSpan.Zero)) : c)];
        Assert.AreEqual(new DateOnly(2026, 5, 12), ReviewSessionNotice.RecordedIn(thread, Automation, Sessions),
            "scheduled again after the first return");
        var secondRequest = Comment("applicant", new DateTimeOffset(2026, 5, 18, 9, 0, 0, TimeSpan.Zero), "Answered.\n\n/ecosystem returning", id: 5);
        thread = [.. thread, secondRequest];

        var second = Requests.Review(waiting, secondRequest, thread, [], Maintainers);
        (_, thread) = Apply(waiting, thread, second.Plan, secondRequest.CreatedAt.AddMinutes(1));

        Assert.HasCount(1, second.Plan.Comments, "the answer names the return it answers, so it is written again: " + second.Summary);
        Assert.IsNull(ReviewSessionNotice.RecordedIn(thread, Automation, Sessions),
            "2026-05-12 was the review it came back from, not its next session");
        Assert.IsEmpty(Requests.Review(waiting, secondRequest, thread, [], Maintainers).Plan.Comments, "a rerun writes the answer no more");
    }

    /// <summary>
    /// The tally's next run deletes the later of twin outcome comments: the answer names the kept one's write, so it reads
    /// the same before and after, and is not written again.
    /// </summary>
    [TestMethod]
    public void The_answer_names_the_outcome_comment_the_applier_keeps()
    {
        var outcome = Comment(Automation, Asked, HiddenMarker.Stamp(VoteTally.OutcomePurpose, "Declined."), bot: true, id: 7);
        var twin = outcome with { Id = 8, CreatedAt = Asked.AddSeconds(1), UpdatedAt = Asked.AddSeconds(1) };
        var returned = Requests.Returned(Application("Declined"), "alice", Asked, [outcome, twin], []);
        var (_, comments) = Apply(Application("Declined"), [outcome, twin], returned.Plan, Asked.AddDays(1));

        var afterTheTwinIsDeleted = Requests.Returned(Application("Declined"), "alice", Asked, [.. comments.Where(c => c.Id != twin.Id)], []);

        Assert.IsEmpty(afterTheTwinIsDeleted.Plan.Comments, afterTheTwinIsDeleted.Summary);
    }

    /// <summary>
    /// Back once by the applicant's request, then declined by the next vote: the old request's event read again (its workflow
    /// run re-run by anyone with write access, or delivered late) does not bring the application back unasked, nor put it first.
    /// </summary>
    [TestMethod]
    public void A_request_written_before_the_latest_declined_outcome_is_not_acted_on()
    {
        var outcome = Comment(Automation, Asked.AddDays(-10), HiddenMarker.Stamp(VoteTally.OutcomePurpose, "Declined."), bot: true, id: 7);
        var request = Comment("applicant", Asked, "/ecosystem returning", id: 3);
        var first = Requests.Review(Application("Declined"), request, [outcome, request], [], Maintainers);
        var (_, thread) = Apply(Application("Declined"), [outcome, request], first.Plan, Asked.AddMinutes(1));
        Assert.HasCount(1, first.Plan.Comments, "the first return: " + first.Summary);
        thread = [.. thread.Select(c => c.Id == outcome.Id ? outcome with { UpdatedAt = Asked.AddDays(40) } : c)];

        var replayed = Requests.Review(Application("Declined"), request, thread, [], Maintainers);

        Assert.IsTrue(replayed.IsEmpty, replayed.Summary);
        Assert.IsFalse(replayed.RerunIntake);
        StringAssert.Contains(replayed.Summary, "the request predates the application's latest decision");
        StringAssert.Contains(replayed.Summary, "ask again");
    }

    [TestMethod]
    public void A_request_written_before_the_latest_wait_is_not_acted_on()
    {
        // Back from a first wait by this request; staff set it waiting again at its next review: the request read again is old.
        var request = Comment("applicant", Asked, "/ecosystem returning", id: 3);
        LabelEvent[] events = [Added("Waiting on comment", "alice", Asked.AddDays(-5)),
            Removed("Waiting on comment", Automation, Asked.AddMinutes(1)), Added("Waiting on comment", "alice", Asked.AddDays(20))];

        var replayed = Requests.Review(Application("In review", "Waiting on comment"), request, [request], events, Maintainers);
        var current = Requests.Review(
            Application("In review", "Waiting on comment"), request with { CreatedAt = Asked.AddDays(21) }, [request], events, Maintainers);

        Assert.IsTrue(replayed.IsEmpty, replayed.Summary);
        StringAssert.Contains(replayed.Summary, "the request predates the application's latest decision");
        Assert.IsTrue(current.RerunIntake, "a request after the wait brings it back: " + current.Summary);
    }

    [TestMethod]
    public void An_accepted_application_the_vote_left_waiting_is_not_put_back_in_the_queue()
    {
        // Asked, then accepted without the answer: the tally leaves the waiting label on an accepted application.
        var accepted = Application("Accepted", "Waiting on comment");

        var action = Requests.Review(accepted, Comment("applicant", Asked, "/ecosystem returning"), [], [], Maintainers);

        Assert.IsTrue(action.IsEmpty, "neither Returning nor New, nor a promise of review, for an accepted project");
        StringAssert.Contains(action.Summary, "'Accepted'");
    }

    [TestMethod]
    public void An_application_not_sent_back_is_left_as_it_is()
    {
        var action = Requests.Review(Application("New"), Comment("applicant", Asked, "/ecosystem returning"), [], [], Maintainers);

        Assert.IsTrue(action.IsEmpty);
        StringAssert.Contains(action.Summary, "not sent back");
    }
}
