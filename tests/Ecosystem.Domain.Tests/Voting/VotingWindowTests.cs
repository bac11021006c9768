using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Voting;

[TestClass]
public sealed class VotingWindowTests
{
    /// <summary>
    /// Members vote during the review, before staff open the vote. Their line read only "written before the vote opened",
    /// while the reminder told them they had not voted: nothing said a ballot written now counts. Until the close it says so.
    /// </summary>
    [TestMethod]
    public void Ballot_before_the_vote_opens_is_listed_with_how_to_count_it_until_the_close()
    {
        var s = new VoteScenario();
        s.Say("m01", "/vote approve", -5);
        s.Open();
        var result = s.Tally();
        Assert.AreEqual(0, result.Approve);
        Assert.AreEqual(
            "written before the vote opened: vote again (edit the comment, or write a new one), and the next tally counts it",
            result.NotCounted.Single().Why);

        s.Close(10);
        Assert.AreEqual("written before the vote opened", s.Tally().NotCounted.Single().Why);
    }

    [TestMethod]
    public void Ballot_edited_after_opening_counts_from_its_edit()
    {
        var s = new VoteScenario();
        var early = s.Say("m01", "/vote approve", -5);
        s.Open();
        s.Edit(early, "/vote approve", 3);
        Assert.AreEqual(1, s.Tally().Approve);
    }

    [TestMethod]
    public void Without_opening_nothing_counts_and_the_tally_says_so()
    {
        var s = new VoteScenario();
        s.Say("m01", "/vote approve", 1);
        var result = s.Tally();
        Assert.IsNull(result.Window);
        Assert.AreEqual(TallyStatus.Open, result.Status);
        Assert.AreEqual("the vote was not open", result.NotCounted.Single().Why);
        StringAssert.Contains(result.TallyComment, "Voting has not opened");
        Assert.IsEmpty(result.Plan.AddLabels);
    }

    [TestMethod]
    public void Issue_without_any_vote_command_gets_no_comment()
    {
        var s = new VoteScenario();
        s.Say("m01", "Looks interesting, how do you test on ROCm?", 1);
        var result = s.Tally();
        Assert.IsNull(result.TallyComment);
        Assert.IsTrue(result.Plan.IsEmpty);
    }

    [TestMethod]
    public void Staff_editing_their_open_comment_does_not_move_the_opening()
    {
        var s = new VoteScenario(3);
        var open = s.Open();
        s.Say("m01", "/vote approve", 5);
        s.Say("m02", "/vote approve", 6);
        Assert.AreEqual(2, s.TallyAndPublish().Approve);

        // Staff add a note to their /vote open comment: the ballots cast since the opening still count.
        s.Edit(open, "/vote open\n\nVoting runs until Friday.", 30);
        Assert.AreEqual(2, s.TallyAndPublish().Approve);
        s.Close(40);
        var closed = s.TallyAndPublish();
        Assert.AreEqual(VoteOutcome.Approved, closed.Outcome);
        Assert.AreEqual(VoteScenario.Start, closed.Window!.OpenedAt);
        Assert.IsEmpty(closed.NotCounted);
    }

    /// <summary>
    /// Staff tidy the thread and delete their <c>/vote open</c> comment once a tally recorded it. The vote went back to "not
    /// open yet": the ballots cast read "the vote was not open" and the frozen electorate was dropped. A recorded opening
    /// stands, as a recorded close does; one deleted before any tally saw it never opened the vote.
    /// </summary>
    [TestMethod]
    public void A_recorded_vote_open_deleted_afterwards_leaves_the_vote_open()
    {
        var s = new VoteScenario(3);
        var open = s.Open();
        s.Say("m01", "/vote approve", 1);
        s.TallyAndPublish();
        s.Delete(open);

        var deleted = new VoteTally(s.Rules, s.Time).Run(s.Input() with { Deleted = open });
        Assert.AreEqual(VoteScenario.StaffLogin, deleted.Window?.OpenedBy, deleted.TallyComment);
        Assert.AreEqual(1, deleted.Approve);
        s.TallyAndPublish();
        s.Say("m02", "/vote approve", 20);
        s.Open(21);
        s.Close(30);
        var closed = s.TallyAndPublish();
        Assert.AreEqual(VoteOutcome.Approved, closed.Outcome);
        Assert.AreEqual(VoteScenario.Start, closed.Window!.OpenedAt);
        Assert.AreEqual("the vote was already open", closed.NotCounted.Single().Why);

        var unrecorded = new VoteScenario(3);
        var never = unrecorded.Open();
        unrecorded.Delete(never);
        Assert.IsNull(new VoteTally(unrecorded.Rules, unrecorded.Time).Run(unrecorded.Input() with { Deleted = never }).TallyComment);
    }

    [TestMethod]
    public void Open_by_non_staff_is_listed_as_ignored()
    {
        var s = new VoteScenario();
        s.Say("m01", "/vote open", 0);
        s.Say("m02", "/vote approve", 1);
        var result = s.Tally();
        Assert.IsNull(result.Window);
        Assert.AreEqual("only staff open the vote", result.NotCounted[0].Why);
    }

    [TestMethod]
    public void First_staff_open_counts_and_later_ones_are_listed()
    {
        var s = new VoteScenario();
        s.Open(0);
        s.Open(10);
        var result = s.Tally();
        Assert.AreEqual(VoteScenario.Start, result.Window!.OpenedAt);
        Assert.AreEqual("the vote was already open", result.NotCounted.Single().Why);
    }

    [TestMethod]
    public void Staff_open_after_the_close_is_listed_as_not_reopening_the_vote()
    {
        var s = new VoteScenario();
        s.Open();
        s.Say("m01", "/vote approve", 1);
        s.Close(10);
        s.Open(20);
        s.Say("m02", "/vote approve", 21);
        var result = s.Tally();
        Assert.IsTrue(result.Window!.IsClosed);
        CollectionAssert.AreEqual(
            new[] { "the vote has closed and is not reopened", "written after the vote closed" },
            result.NotCounted.Select(n => n.Why).ToArray());
    }

    [TestMethod]
    public void Ballot_after_close_command_is_ignored_and_one_in_the_closing_comment_counts()
    {
        var s = new VoteScenario();
        s.Open();
        s.Say("m01", "/vote approve", 1);
        s.Members.Add(VoteScenario.StaffLogin);
        s.Say(VoteScenario.StaffLogin, "/vote approve\n/vote close", 10);
        s.Say("m02", "/vote approve", 11);
        var result = s.Tally();
        Assert.AreEqual(2, result.Approve);
        Assert.AreEqual("written after the vote closed", result.NotCounted.Single().Why);
        Assert.AreEqual(VoteScenario.StaffLogin, result.Window!.ClosedBy);
    }

    [TestMethod]
    public void Close_by_non_staff_or_before_opening_is_listed()
    {
        var s = new VoteScenario();
        s.Close(-1);
        s.Open();
        s.Say("m01", "/vote close", 1);
        var result = s.Tally();
        Assert.IsTrue(result.IsOpen);
        CollectionAssert.AreEqual(
            new[] { "the vote was not open", "only staff close the vote" },
            result.NotCounted.Select(n => n.Why).ToArray());
    }

    [TestMethod]
    [DataRow("America/Los_Angeles", "2026-12-16T07:59:00Z", true)]
    [DataRow("America/Los_Angeles", "2026-12-16T08:00:00Z", false)]
    [DataRow("Asia/Tokyo", "2026-12-15T14:59:00Z", true)]
    [DataRow("Asia/Tokyo", "2026-12-15T15:00:00Z", false)]
    [DataRow("UTC", "2026-12-15T23:59:59Z", true)]
    [DataRow("UTC", "2026-12-16T00:00:00Z", false)]
    public void Deadline_is_the_end_of_the_day_in_the_configured_zone(string zone, string ballotAt, bool counted)
    {
        var s = new VoteScenario
        {
            Rules = new TallyRules { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(zone) },
            SessionDate = new DateOnly(2026, 12, 8),
        };
        s.Time.SetUtcNow(new DateTimeOffset(2026, 12, 20, 0, 0, 0, TimeSpan.Zero));
        s.Open();
        var at = DateTimeOffset.Parse(ballotAt, System.Globalization.CultureInfo.InvariantCulture);
        s.Say("m01", "/vote approve", (at - VoteScenario.Start).TotalMinutes);
        var result = s.Tally();
        Assert.IsTrue(result.Window!.IsClosed);
        Assert.IsNull(result.Window.ClosedBy);
        Assert.AreEqual(counted ? 1 : 0, result.Approve);
        Assert.HasCount(counted ? 0 : 1, result.NotCounted);
    }

    [TestMethod]
    public void Deadline_is_judged_by_ballot_time_not_by_when_the_job_runs()
    {
        var s = new VoteScenario { SessionDate = new DateOnly(2026, 12, 8), Rules = new TallyRules { CloseAfterDays = 1 } };
        s.Open();
        s.Say("m01", "/vote approve", 60);
        s.Say("m02", "/vote approve", 60 * 24 * 3);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(30));
        var result = s.Tally();
        Assert.AreEqual(1, result.Approve);
        Assert.AreEqual(new DateTimeOffset(2026, 12, 10, 0, 0, 0, TimeSpan.Zero), result.Window!.ClosedAt);
    }

    [TestMethod]
    public void Vote_stays_open_before_the_deadline()
    {
        var s = new VoteScenario { SessionDate = new DateOnly(2026, 12, 8) };
        s.Open();
        var result = s.Tally();
        Assert.IsTrue(result.IsOpen);
        Assert.AreEqual(new DateTimeOffset(2026, 12, 16, 0, 0, 0, TimeSpan.Zero), result.Window!.Deadline);
    }

    [TestMethod]
    public void Vote_opened_after_the_session_deadline_runs_its_days_from_the_opening()
    {
        // Staff open the vote on 2026-12-27, after the end of 2026-12-15 (session 12-08 + 7 days): the vote must not be
        // closed (and declined) before anyone could vote; it runs the configured days from the day it opened.
        var s = new VoteScenario { SessionDate = new DateOnly(2026, 12, 8) };
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(19).AddHours(1));
        s.Open(60 * 24 * 19);
        s.Say("m01", "/vote approve", (60 * 24 * 19) + 5);
        var result = s.Tally();
        Assert.IsTrue(result.IsOpen);
        Assert.IsNull(result.Outcome);
        Assert.AreEqual(1, result.Approve);
        Assert.AreEqual(new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero), result.Window!.Deadline, "the end of 2027-01-03");
        Assert.IsEmpty(result.NotCounted);
    }

    [TestMethod]
    public void Close_after_zero_days_means_only_by_command()
    {
        var s = new VoteScenario { SessionDate = new DateOnly(2026, 12, 8), Rules = new TallyRules { CloseAfterDays = 0 } };
        s.Open();
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(365));
        var result = s.Tally();
        Assert.IsTrue(result.IsOpen);
        Assert.IsNull(result.Window!.Deadline);
    }

    [TestMethod]
    public void Close_command_after_the_deadline_is_listed()
    {
        var s = new VoteScenario { SessionDate = new DateOnly(2026, 12, 8), Rules = new TallyRules { CloseAfterDays = 1 } };
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(30));
        s.Open();
        s.Close(60 * 24 * 5);
        var result = s.Tally();
        Assert.IsNull(result.Window!.ClosedBy);
        Assert.AreEqual("the vote was already closed", result.NotCounted.Single().Why);
    }

    [TestMethod]
    public void Opens_on_schedule_when_configured()
    {
        var s = new VoteScenario
        {
            Rules = new TallyRules { OpenOnSchedule = true, TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles") },
            SessionDate = new DateOnly(2026, 12, 8),
        };
        s.Say("m01", "/vote approve", -60);
        s.Say("m02", "/vote approve", 1);
        var result = s.Tally();
        Assert.AreEqual(new DateTimeOffset(2026, 12, 8, 8, 0, 0, TimeSpan.Zero), result.Window!.OpenedAt);
        Assert.IsNull(result.Window.OpenedBy);
        Assert.AreEqual(2, result.Approve);
    }

    /// <summary>
    /// Withdrawn (closed) the day before its session and reopened after it, an application was never reviewed there: it waits in
    /// the queue again (the scheduler reads it so), yet the nightly tally opened its vote as that session's day started. Closed
    /// and reopened before the session (by mistake), it was reviewed there, and the vote opens on schedule.
    /// </summary>
    [TestMethod]
    [DataRow(-24.0, 6.0, false, DisplayName = "withdrawn before the session, reopened after it")]
    [DataRow(-24.0, -20.0, true, DisplayName = "closed and reopened before the session")]
    public void An_application_withdrawn_from_its_session_opens_no_vote_on_schedule(double closedHours, double reopenedHours, bool opens)
    {
        var s = new VoteScenario { Rules = new TallyRules { OpenOnSchedule = true }, SessionDate = new DateOnly(2026, 12, 8) };
        s.StateEvents.AddRange(
            [new StateEvent(true, VoteScenario.Start.AddHours(closedHours)), new StateEvent(false, VoteScenario.Start.AddHours(reopenedHours))]);
        s.Say("m01", "/vote approve", 7 * 60);

        var result = s.Tally();

        Assert.AreEqual(opens, result.Window is not null, result.TallyComment);
        Assert.AreEqual(opens ? 1 : 0, result.Approve);
    }

    [TestMethod]
    public void Scheduled_opening_in_the_future_is_not_open_yet()
    {
        var s = new VoteScenario
        {
            // The vote opens at the start of the session day, 2026-12-11 00:00 UTC, after now (2026-12-09 17:00 UTC).
            Rules = new TallyRules { OpenOnSchedule = true },
            SessionDate = new DateOnly(2026, 12, 11),
        };
        s.Say("m01", "/vote approve", 1);
        var result = s.Tally();
        Assert.IsNull(result.Window);
        StringAssert.Contains(result.TallyComment, "Voting has not opened");
    }

    [TestMethod]
    public void Staff_open_before_the_schedule_opens_earlier()
    {
        // The schedule opens the vote at 2026-12-09 00:00 UTC, seven hours after staff did.
        var s = new VoteScenario { Rules = new TallyRules { OpenOnSchedule = true }, SessionDate = new DateOnly(2026, 12, 9) };
        s.Open(0);
        s.Say("m01", "/vote approve", 1);
        var result = s.Tally();
        Assert.AreEqual(VoteScenario.StaffLogin, result.Window!.OpenedBy);
        Assert.AreEqual(1, result.Approve);
    }

    [TestMethod]
    public void Edit_after_close_does_not_change_a_published_result()
    {
        var s = new VoteScenario(3);
        s.Open();
        var ballot = s.Say("m01", "/vote approve", 1);
        s.Say("m02", "/vote approve", 2);
        s.Close(10);
        var closed = s.TallyAndPublish();
        Assert.AreEqual(VoteOutcome.Approved, closed.Outcome);

        s.Edit(ballot, "/vote decline changed my mind", 20);
        s.Say("m03", "/vote decline late", 21);
        var later = s.Tally();
        Assert.AreEqual(VoteOutcome.Approved, later.Outcome);
        Assert.AreEqual(2, later.Approve);
        Assert.AreEqual(closed.OutcomeComment, later.OutcomeComment);
        Assert.HasCount(2, later.NotCounted.Where(n => n.Why == "written after the vote closed").ToList());
    }

    [TestMethod]
    public void Deleting_a_ballot_after_close_does_not_change_a_published_result()
    {
        var s = new VoteScenario(3);
        s.Open();
        var ballot = s.Say("m01", "/vote approve", 1);
        s.Say("m02", "/vote approve", 2);
        s.Close(10);
        s.TallyAndPublish();
        s.Delete(ballot);
        Assert.AreEqual(VoteOutcome.Approved, s.Tally().Outcome);
    }

    [TestMethod]
    [DataRow(false, DisplayName = "tally comment deleted")]
    [DataRow(true, DisplayName = "tally comment's hidden state removed by an edit")]
    public void A_tally_comment_lost_after_the_close_does_not_change_a_published_result(bool edited)
    {
        var s = new VoteScenario(4);
        s.Open();
        s.Say("m01", "/vote approve", 1);
        s.Say("m02", "/vote approve", 2);
        s.Say("m03", "/vote approve", 3);
        s.Close(10);
        var closed = s.TallyAndPublish();
        Assert.AreEqual(VoteOutcome.Approved, closed.Outcome);
        s.Comments.Add(VoteScenario.CommentBy(3, VoteScenario.Automation, closed.OutcomeComment!, VoteScenario.Start.AddMinutes(11), bot: true));

        // Three more members join the Working Group after the close; then a person deletes the tally comment (or edits
        // away its hidden state): 3 of 7 would now be declined, over the Accepted label and the published outcome.
        s.Members = ["m01", "m02", "m03", "m04", "m05", "m06", "m07"];
        var tally = s.Comments.Single(c => c.Id == 1);
        s.Delete(tally);
        if (edited)
        {
            s.Comments.Add(tally with { Body = tally.Body[..tally.Body.IndexOf("<!-- ecosystem-bot:tally-state", StringComparison.Ordinal)] });
        }

        var later = s.Tally();
        Assert.AreEqual(VoteOutcome.Approved, later.Outcome);
        Assert.AreEqual(closed.OutcomeComment, later.OutcomeComment);
        Assert.AreEqual(closed.TallyComment, later.TallyComment, "the tally is written again as it was");
        CollectionAssert.AreEqual(closed.Plan.AddLabels.ToArray(), later.Plan.AddLabels.ToArray(), "Accepted, not Declined");
    }

    [TestMethod]
    public void An_application_back_after_its_declined_vote_is_not_declined_again_and_its_second_review_opens_a_new_vote()
    {
        var s = new VoteScenario(3);
        s.Open();
        s.Say("m01", "/vote decline no CI on GPU", 1);
        s.Close(10);
        var first = s.TallyAndPublish();
        Assert.AreEqual(VoteOutcome.Declined, first.Outcome);
        s.Comments.Add(VoteScenario.CommentBy(3, VoteScenario.Automation, first.OutcomeComment!, VoteScenario.Start.AddMinutes(11), bot: true));

        // A month later the applicant writes /ecosystem returning: the guard answers, takes Declined off, and the
        // scheduler puts the application in review again for its next session.
        const double Month = 60 * 24 * 30;
        s.Say("applicant", "CI now runs on GPU.\n/ecosystem returning", Month);
        var reply = HiddenMarker.Stamp(ReturningRequests.Purpose, "Back in the review queue.");
        s.Comments.Add(VoteScenario.CommentBy(4, VoteScenario.Automation, reply, VoteScenario.Start.AddMinutes(Month + 1), bot: true));
        s.Labels.Clear();
        s.Labels.AddRange(["Returning", "In review"]);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(40));
        var back = s.TallyAndPublish();
        Assert.IsNull(back.Outcome);
        Assert.IsTrue(back.Plan.AddLabels.Count == 0 && back.Plan.RemoveLabels.Count == 0, "not declined again, still in review");
        StringAssert.Contains(back.TallyComment, "Voting has not opened");

        // The second review's vote: opened by staff, counted anew.
        const double Session = 60 * 24 * 40;
        s.Open(Session);
        s.Say("m01", "/vote approve", Session + 1);
        s.Say("m02", "/vote approve", Session + 2);
        s.Close(Session + 10);
        var second = s.TallyAndPublish();
        Assert.AreEqual(VoteOutcome.Approved, second.Outcome);
        Assert.AreEqual(2, second.Approve);
        CollectionAssert.Contains(second.Plan.AddLabels.ToArray(), "Accepted");
        Assert.AreEqual(second.TallyComment, s.Tally().TallyComment, "a re-run writes nothing");
    }

    [TestMethod]
    public void An_application_back_a_second_time_from_a_wait_opens_no_vote_on_schedule_of_the_session_it_waited_at()
    {
        // Votes open on schedule. Reviewed on 2026-12-08, where staff swap In review for Waiting on comment (no vote opens),
        // back by /ecosystem returning on 2026-12-10; reviewed on 2027-01-12 and set waiting the same way, back on 2027-01-14,
        // asked by the same applicant, no vote outcome in between; staff put it in review by hand before the next batch.
        var s = new VoteScenario(3) { Rules = new TallyRules { OpenOnSchedule = true }, SessionDate = new DateOnly(2026, 12, 8) };
        s.Labels.Add("Waiting on comment");
        s.Return("applicant", 2 * 60 * 24);
        s.SessionDate = new DateOnly(2027, 1, 12);
        s.Labels.Add("Waiting on comment");
        s.Return("applicant", 37 * 60 * 24);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(45));

        var result = s.Tally();

        Assert.IsNull(result.Window, "no vote opens for 2027-01-12, the review it came back from");
        Assert.IsNull(result.Outcome, "so none closes at once, declined without a ballot");
        Assert.IsEmpty(result.Plan.AddLabels, string.Join(", ", result.Plan.AddLabels));
    }

    [TestMethod]
    public void No_vote_opens_on_schedule_for_a_session_in_sessions_skip_and_none_closes_from_its_day()
    {
        // Scheduled for 2026-12-08, a session staff cancelled (sessions.skip) after the batch was announced: the scheduler
        // moves the batch on once the next session's window opens, weeks later; until then the notice names the skipped day.
        var skipped = new DateOnly(2026, 12, 8);
        var s = new VoteScenario(3) { Rules = new TallyRules { OpenOnSchedule = true, Calendar = new() { Skip = [skipped] } }, SessionDate = skipped };
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(9));

        var result = s.Tally();

        Assert.IsNull(result.Window, "no session was held, so no vote opens for it");
        Assert.IsNull(result.Outcome, "nor closes, declined without a ballot, seven days after it");

        s.Open(9 * 60 * 24 + 1);
        Assert.IsNull(s.Tally().Window!.Deadline, "a vote staff open by hand has no deadline counted from a session never held");
    }

    [TestMethod]
    public void No_vote_opens_on_schedule_for_a_session_taken_out_of_sessions_dates_and_none_closes_from_its_day()
    {
        // Scheduled for 2026-12-08, a session staff took out of sessions.dates after the batch was announced: the scheduler
        // told the batch it is cancelled (as for a skip), and the notice still names that day until the batch moves on.
        var removed = new DateOnly(2026, 12, 8);
        var calendar = new ReviewCalendarSettings { Dates = [new DateTime(2027, 1, 12, 17, 0, 0)] };
        var s = new VoteScenario(3) { Rules = new TallyRules { OpenOnSchedule = true, Calendar = calendar } };
        var notice = ReviewSessionNotice.Moved(removed, listed: true, next: null, calendar.TimeZone, new SchedulingRules());
        s.Comments.Add(VoteScenario.CommentBy(2, VoteScenario.Automation, notice, VoteScenario.Start.AddDays(-7), bot: true));
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(9));

        var result = s.Tally();

        Assert.IsNull(result.Window, "no session was held, so no vote opens for it");
        Assert.IsNull(result.Outcome, "nor closes, declined without a ballot, seven days after it");
    }

    /// <summary>
    /// A vote opened by staff <paramref name="day"/> days after <see cref="VoteScenario.Start"/>, with these ballots, closed
    /// and tallied.
    /// </summary>
    private static TallyResult VoteOn(VoteScenario s, double day, params (string Member, string Line)[] ballots)
    {
        var at = day * 60 * 24;
        s.Open(at);
        for (var i = 0; i < ballots.Length; i++)
        {
            s.Say(ballots[i].Member, ballots[i].Line, at + 1 + i);
        }

        s.Close(at + 10);
        var tallied = VoteScenario.Start.AddMinutes(at + 60);
        if (tallied > s.Time.GetUtcNow())
        {
            s.Time.SetUtcNow(tallied);
        }

        return s.TallyAndApply();
    }

    [TestMethod]
    public void An_application_back_again_after_its_second_declined_vote_is_voted_on_a_third_time()
    {
        var s = new VoteScenario(3);
        Assert.AreEqual(VoteOutcome.Declined, VoteOn(s, 0, ("m01", "/vote decline no CI on GPU")).Outcome);
        s.Return("applicant", 30 * 60 * 24);
        Assert.AreEqual(VoteOutcome.Declined, VoteOn(s, 40, ("m01", "/vote decline still no docs")).Outcome);
        CollectionAssert.Contains(s.Labels, "Declined");

        // The same applicant asks again. The guard writes its answer again (it names the outcome it answers), but the
        // request alone dates the return: an answer written by an earlier version, which reads as it did the first time,
        // is left as it was.
        var reply = s.Comments.Single(c => HiddenMarker.PurposeOf(c.Body) == ReturningRequests.Purpose);
        s.Return("applicant", 70 * 60 * 24);
        s.Comments[s.Comments.FindIndex(c => c.Id == reply.Id)] = reply;
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(71));
        var back = s.TallyAndApply();
        Assert.IsNull(back.Outcome);
        Assert.IsTrue(back.Plan.AddLabels.Count == 0 && back.Plan.RemoveLabels.Count == 0, "not declined again, still in review");
        StringAssert.Contains(back.TallyComment, "Voting has not opened");

        var third = VoteOn(s, 80, ("m01", "/vote approve"), ("m02", "/vote approve"));
        Assert.AreEqual(VoteOutcome.Approved, third.Outcome);
        Assert.AreEqual(2, third.Approve);
        Assert.IsEmpty(third.NotCounted, "the earlier votes' lines are theirs");
        CollectionAssert.Contains(s.Labels, "Accepted");
        var rerun = s.Tally().Plan;
        Assert.IsTrue(rerun.AddLabels.Count == 0 && rerun.RemoveLabels.Count == 0, "a re-run changes no label");
        Assert.IsTrue(rerun.Comments.All(c => s.Comments.Exists(o => o.Body == c.MarkedBody)), "a re-run writes no comment");
    }

    [TestMethod]
    public void An_application_back_after_a_declined_vote_whose_state_cannot_be_read_is_not_declined_again()
    {
        var s = new VoteScenario(3);
        VoteOn(s, 0, ("m01", "/vote decline no CI on GPU"));

        // The hidden state is gone from the tally and the outcome comment (edited by hand, no history read): the guard's
        // reply still tells that the application came back.
        for (var i = 0; i < s.Comments.Count; i++)
        {
            var body = s.Comments[i].Body;
            var state = body.IndexOf("<!-- ecosystem-bot:tally-state", StringComparison.Ordinal);
            s.Comments[i] = state < 0 ? s.Comments[i] : s.Comments[i] with { Body = body[..state] };
        }

        s.Return("applicant", 30 * 60 * 24);
        var back = s.Tally();
        Assert.IsNull(back.Outcome);
        Assert.IsTrue(back.Plan.AddLabels.Count == 0 && back.Plan.RemoveLabels.Count == 0, "not declined again, still in review");
    }

    [TestMethod]
    [DataRow(true, false, DisplayName = "staff add the returning label both times")]
    [DataRow(true, true, DisplayName = "staff add the returning label both times, the state damaged")]
    [DataRow(false, true, DisplayName = "the applicant asks both times, the state damaged")]
    public void An_application_brought_back_a_third_time_by_the_same_person_as_the_second_is_voted_on_again(bool byLabel, bool damaged)
    {
        var s = new VoteScenario(3);
        var by = byLabel ? VoteScenario.StaffLogin : "applicant";
        VoteOn(s, 0, ("m01", "/vote decline no CI on GPU"));
        s.Return(by, 30 * 60 * 24, byLabel);
        Assert.AreEqual(VoteOutcome.Declined, VoteOn(s, 40, ("m01", "/vote decline still no docs")).Outcome);
        if (damaged)
        {
            // A person edits the hidden state away from the tally and the outcome comment (no history read).
            for (var i = 0; i < s.Comments.Count; i++)
            {
                var body = s.Comments[i].Body;
                var state = body.IndexOf("<!-- ecosystem-bot:tally-state", StringComparison.Ordinal);
                s.Comments[i] = state < 0 ? s.Comments[i] : s.Comments[i] with { Body = body[..state], UpdatedAt = VoteScenario.Start.AddDays(50) };
            }
        }

        s.Return(by, 70 * 60 * 24, byLabel);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(71));
        var back = s.TallyAndApply();
        Assert.IsNull(back.Outcome);
        CollectionAssert.AreEquivalent(new[] { "In review", "Returning" }, s.Labels, "not declined again, still in review");

        var third = VoteOn(s, 80, ("m01", "/vote approve"), ("m02", "/vote approve"));
        Assert.AreEqual(VoteOutcome.Approved, third.Outcome);
        CollectionAssert.Contains(s.Labels, "Accepted");
    }

    /// <summary>
    /// A returning application decided again is no longer returning: the label stayed on after its second vote, so the nightly
    /// tally kept visiting it and a later return or the queue read it as back for review.
    /// </summary>
    [TestMethod]
    [DataRow("/vote approve", "Accepted", DisplayName = "approved the second time")]
    [DataRow("/vote decline still no docs", "Declined", DisplayName = "declined the second time")]
    public void A_returning_application_decided_again_loses_the_returning_label(string ballot, string outcome)
    {
        var s = new VoteScenario(3);
        VoteOn(s, 0, ("m01", "/vote decline no CI on GPU"));
        s.Return("applicant", 30 * 60 * 24);
        CollectionAssert.Contains(s.Labels, "Returning");

        VoteOn(s, 40, ("m01", ballot), ("m02", ballot));

        CollectionAssert.AreEquivalent(new[] { outcome }, s.Labels, string.Join(", ", s.Labels));
        var rerun = s.Tally().Plan;
        Assert.IsTrue(rerun.AddLabels.Count == 0 && rerun.RemoveLabels.Count == 0, "a re-run changes no label");
    }

    [TestMethod]
    public void The_vote_after_a_return_lists_none_of_the_earlier_votes_lines_as_not_counted()
    {
        var s = new VoteScenario(3);
        s.Say("m02", "> /vote approve\n\nAgreed with the above, but not yet.", 5);
        Assert.HasCount(1, VoteOn(s, 0, ("m01", "/vote decline no CI on GPU")).NotCounted);
        s.Return("applicant", 30 * 60 * 24);

        var second = VoteOn(s, 40, ("m01", "/vote approve"), ("m02", "/vote approve"));

        Assert.AreEqual(VoteOutcome.Approved, second.Outcome);
        Assert.IsEmpty(second.NotCounted, "the quoted line was the first vote's");
    }

    [TestMethod]
    public void The_second_vote_whose_state_cannot_be_read_keeps_its_own_outcome_and_leaves_the_first_as_it_was()
    {
        var s = new VoteScenario(3);
        VoteOn(s, 0, ("m01", "/vote decline no CI on GPU"));
        s.Return("applicant", 30 * 60 * 24);
        VoteOn(s, 40, ("m01", "/vote decline still no docs"));
        Assert.HasCount(2, s.Comments.Where(c => VoteTally.IsOutcome(HiddenMarker.PurposeOf(c.Body))).ToList(), "an outcome comment per vote");

        // The hidden state is gone from every comment (edited by hand, no history read): the guard's reply dates the return.
        for (var i = 0; i < s.Comments.Count; i++)
        {
            var body = s.Comments[i].Body;
            var state = body.IndexOf("<!-- ecosystem-bot:tally-state", StringComparison.Ordinal);
            s.Comments[i] = state < 0 ? s.Comments[i] : s.Comments[i] with { Body = body[..state] };
        }

        var rerun = s.Tally();
        Assert.AreEqual("still no docs", rerun.Ballots.Single().Reason);
        Assert.IsFalse(rerun.Plan.Comments.Any(c => c.Purpose == VoteTally.OutcomePurpose), "the first vote's outcome is not rewritten");
    }

    [TestMethod]
    public void A_returning_request_answered_during_the_second_vote_does_not_restart_it()
    {
        var s = new VoteScenario(3);
        s.Maintainers.Add("janedoe");
        VoteOn(s, 0, ("m01", "/vote decline no CI on GPU"));
        s.Return("applicant", 30 * 60 * 24);
        const double Session = 40 * 60 * 24;
        s.Open(Session);
        s.Say("m01", "/vote approve", Session + 1);

        // A member asks a question mid-vote; a maintainer answers it with /ecosystem returning, and the guard's answer,
        // naming another person, is written again.
        s.Labels.Add("Waiting on comment");
        s.Return("janedoe", Session + 60);
        s.Say("m02", "/vote approve", Session + 61);
        s.Time.SetUtcNow(VoteScenario.Start.AddMinutes(Session + 120));

        var during = s.Tally();
        Assert.AreEqual(VoteScenario.Start.AddMinutes(Session), during.Window?.OpenedAt);
        Assert.AreEqual(2, during.Approve);
    }

    [TestMethod]
    public void The_session_of_the_declined_review_opens_no_vote_after_the_return()
    {
        // Voting opened on the schedule of the 2026-12-08 session and was declined; the application is back, and until the
        // scheduler names its next session the thread still names that one. A member's early ballot starts a tally.
        var s = new VoteScenario(3) { Rules = new TallyRules { OpenOnSchedule = true }, SessionDate = new DateOnly(2026, 12, 8) };
        s.Say("m01", "/vote decline no CI on GPU", 1);
        s.Close(10);
        Assert.AreEqual(VoteOutcome.Declined, s.TallyAndApply().Outcome);
        s.Return("applicant", 30 * 60 * 24);
        s.Say("m02", "/vote approve", 31 * 60 * 24);

        var back = s.Tally();
        Assert.IsNull(back.Window, "not opened on the earlier session's day");
        Assert.IsNull(back.Outcome);
        Assert.IsTrue(back.Plan.AddLabels.Count == 0 && back.Plan.RemoveLabels.Count == 0, "not declined again, still in review");
    }

    [TestMethod]
    public void Edit_after_close_before_any_run_is_outside_the_window()
    {
        var s = new VoteScenario(3);
        s.Open();
        var ballot = s.Say("m01", "/vote approve", 1);
        s.Close(10);
        s.Edit(ballot, "/vote decline edited later", 20);
        var result = s.Tally();
        Assert.AreEqual(0, result.Decline);
        Assert.AreEqual("written after the vote closed", result.NotCounted.Single().Why);
    }

    [TestMethod]
    public void Rule_change_after_close_does_not_change_a_published_result()
    {
        var s = new VoteScenario(4);
        s.Open();
        s.Say("m01", "/vote approve", 1);
        s.Say("m02", "/vote approve", 2);
        s.Close(10);
        Assert.AreEqual(VoteOutcome.Declined, s.TallyAndPublish().Outcome);
        s.Rules = new TallyRules { MajorityOf = MajorityBasis.VotesCast };
        Assert.AreEqual(VoteOutcome.Declined, s.Tally().Outcome);
    }

    [TestMethod]
    [DataRow("America/Santiago", "2026-08-30", "2026-09-06T04:00:00Z", DisplayName = "Santiago skips 00:00-01:00 on 2026-09-06: the day starts when clocks resume")]
    [DataRow("America/Havana", "2026-10-25", "2026-11-01T04:00:00Z", DisplayName = "Havana repeats 00:00-01:00 on 2026-11-01: the day starts at the first midnight")]
    public void Deadline_on_a_day_whose_midnight_daylight_saving_skips_or_repeats(string zone, string session, string deadline)
    {
        var s = new VoteScenario
        {
            Rules = new TallyRules { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(zone), CloseAfterDays = 6 },
            SessionDate = DateOnly.Parse(session, System.Globalization.CultureInfo.InvariantCulture),
        };
        var expected = DateTimeOffset.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture);
        double Minutes(DateTimeOffset at) => (at - VoteScenario.Start).TotalMinutes;
        s.Time.SetUtcNow(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        s.Say(VoteScenario.StaffLogin, "/vote open", Minutes(expected.AddDays(-5)));
        s.Say("m01", "/vote approve", Minutes(expected.AddMinutes(-30)));
        s.Say("m02", "/vote approve", Minutes(expected.AddMinutes(30)));
        var result = s.Tally();
        Assert.AreEqual(expected, result.Window!.Deadline);
        Assert.AreEqual(1, result.Approve, "the ballot half an hour after the deadline (in the repeated hour, or an hour after the skipped one) is too late");
    }
}
