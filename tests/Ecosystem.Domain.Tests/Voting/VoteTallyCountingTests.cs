using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Voting;

[TestClass]
public sealed class VoteTallyCountingTests
{
    private static VoteScenario Votes(int members, int approvals, int declines = 0, int abstentions = 0, bool close = true)
    {
        var s = new VoteScenario(members);
        s.Open();
        var voter = 1;
        for (var i = 0; i < approvals; i++, voter++)
        {
            s.Say($"m{voter:00}", "/vote approve", voter);
        }

        for (var i = 0; i < declines; i++, voter++)
        {
            s.Say($"m{voter:00}", "/vote decline not yet", voter);
        }

        for (var i = 0; i < abstentions; i++, voter++)
        {
            s.Say($"m{voter:00}", "/vote abstain", voter);
        }

        if (close)
        {
            s.Close(100);
        }

        return s;
    }

    [TestMethod]
    [DataRow(10, 5, VoteOutcome.Declined)]
    [DataRow(10, 6, VoteOutcome.Approved)]
    [DataRow(9, 4, VoteOutcome.Declined)]
    [DataRow(9, 5, VoteOutcome.Approved)]
    [DataRow(1, 1, VoteOutcome.Approved)]
    [DataRow(2, 1, VoteOutcome.Declined)]
    [DataRow(3, 2, VoteOutcome.Approved)]
    public void Members_majority_needs_more_than_half_of_the_members(int members, int approvals, VoteOutcome expected)
    {
        var result = Votes(members, approvals).Tally();
        Assert.AreEqual(expected, result.Outcome);
        Assert.AreEqual(approvals, result.Approve);
    }

    [TestMethod]
    public void Abstentions_and_silence_count_against_a_members_majority()
    {
        var result = Votes(10, approvals: 5, declines: 0, abstentions: 5).Tally();
        Assert.AreEqual(VoteOutcome.Declined, result.Outcome);
        Assert.AreEqual(5, result.Abstain);
    }

    [TestMethod]
    public void Counts_and_status_while_open()
    {
        var result = Votes(10, approvals: 3, declines: 2, abstentions: 1, close: false).Tally();
        Assert.AreEqual((3, 2, 1, 4, 10), (result.Approve, result.Decline, result.Abstain, result.YetToVote.Count, result.Eligible));
        Assert.AreEqual(TallyStatus.Open, result.Status, "3 approvals of the 6 a majority of 10 needs");
        Assert.AreEqual("open", result.StatusText);
        Assert.IsNull(result.Outcome);
        Assert.AreEqual(string.Empty, result.OutcomeText);
        Assert.IsTrue(result.IsOpen);
    }

    [TestMethod]
    public void Status_is_failing_when_declines_lead_and_open_without_ballots()
    {
        var tied = Votes(10, approvals: 2, declines: 2, close: false);
        tied.Rules = new TallyRules { MajorityOf = MajorityBasis.VotesCast };
        Assert.AreEqual(TallyStatus.Failing, tied.Tally().Status);
        var empty = Votes(10, approvals: 0, close: false).Tally();
        Assert.AreEqual(TallyStatus.Open, empty.Status);
        Assert.AreEqual("open", empty.StatusText);
    }

    [TestMethod]
    public void Decided_for_approval_once_a_majority_approved()
    {
        var result = Votes(10, approvals: 6, close: false).Tally();
        Assert.AreEqual(TallyStatus.Decided, result.Status);
        Assert.AreEqual(VoteOutcome.Approved, result.Foregone);
        Assert.IsNull(result.Outcome);
    }

    [TestMethod]
    public void Decided_for_decline_once_approvals_cannot_reach_a_majority()
    {
        var notYet = Votes(10, approvals: 0, declines: 4, close: false).Tally();
        Assert.AreEqual(TallyStatus.Open, notYet.Status);
        var decided = Votes(10, approvals: 0, declines: 5, close: false).Tally();
        Assert.AreEqual(TallyStatus.Decided, decided.Status);
        Assert.AreEqual(VoteOutcome.Declined, decided.Foregone);
    }

    [TestMethod]
    public void Votes_cast_needs_more_approvals_than_declines_and_a_quorum()
    {
        var rules = new TallyRules { MajorityOf = MajorityBasis.VotesCast, Quorum = 4 };
        var approved = Votes(10, approvals: 3, declines: 1);
        approved.Rules = rules;
        Assert.AreEqual(VoteOutcome.Approved, approved.Tally().Outcome);

        var tied = Votes(10, approvals: 2, declines: 2);
        tied.Rules = rules;
        Assert.AreEqual(VoteOutcome.Declined, tied.Tally().Outcome);

        var noQuorum = Votes(10, approvals: 3);
        noQuorum.Rules = rules;
        Assert.AreEqual(VoteOutcome.Declined, noQuorum.Tally().Outcome);

        var abstentionsMakeQuorum = Votes(10, approvals: 1, abstentions: 3);
        abstentionsMakeQuorum.Rules = rules;
        Assert.AreEqual(VoteOutcome.Approved, abstentionsMakeQuorum.Tally().Outcome);
    }

    [TestMethod]
    public void Votes_cast_is_decided_when_the_remaining_members_cannot_overturn_it()
    {
        var rules = new TallyRules { MajorityOf = MajorityBasis.VotesCast, Quorum = 2 };
        var ahead = Votes(5, approvals: 3, declines: 0, close: false);
        ahead.Rules = rules;
        Assert.AreEqual((TallyStatus.Decided, VoteOutcome.Approved), (ahead.Tally().Status, ahead.Tally().Foregone));

        var overturnable = Votes(5, approvals: 2, declines: 0, close: false);
        overturnable.Rules = rules;
        Assert.AreEqual(TallyStatus.Passing, overturnable.Tally().Status);

        var quorumOutOfReach = Votes(3, approvals: 0, abstentions: 0, close: false);
        quorumOutOfReach.Rules = rules with { Quorum = 4 };
        Assert.AreEqual((TallyStatus.Decided, VoteOutcome.Declined), (quorumOutOfReach.Tally().Status, quorumOutOfReach.Tally().Foregone));
    }

    /// <summary>
    /// Short of the quorum, closing now declines, so the vote is not passing however the ballots lean: it read "open, passing"
    /// with 1 approval of a quorum of 3, and members stopped voting.
    /// </summary>
    [TestMethod]
    public void Votes_cast_short_of_the_quorum_is_open_and_says_how_many_more_ballots_it_needs()
    {
        var s = new VoteScenario(5) { Rules = new TallyRules { MajorityOf = MajorityBasis.VotesCast, Quorum = 3 } };
        s.Open();
        s.Say("m01", "/vote approve", 1);

        var short1 = s.Tally();

        Assert.AreEqual((TallyStatus.Open, null), (short1.Status, short1.Foregone));
        StringAssert.Contains(short1.TallyComment, "**Status: open, short of the quorum: 2 more ballots needed (1 of 3)**");
        GoldenFile.AssertMatches("tally-open-short-of-quorum", short1.TallyComment!);

        s.Say("m02", "/vote abstain", 2);
        StringAssert.Contains(s.Tally().TallyComment, "**Status: open, short of the quorum: 1 more ballot needed (2 of 3)**");

        s.Say("m03", "/vote decline no tests yet", 3);
        Assert.AreEqual(TallyStatus.Failing, s.Tally().Status, "the quorum is met: the ballots lean as they lean");
    }

    [TestMethod]
    public void Member_changes_vote_with_a_new_comment()
    {
        var s = new VoteScenario();
        s.Open();
        s.Say("m01", "/vote decline missing docs", 1);
        s.Say("m01", "/vote approve", 2);
        var result = s.Tally();
        Assert.HasCount(1, result.Ballots);
        Assert.AreEqual(VoteChoice.Approve, result.Ballots[0].Choice);
    }

    [TestMethod]
    public void Member_changes_vote_by_editing_the_ballot()
    {
        var s = new VoteScenario();
        s.Open();
        var ballot = s.Say("m01", "/vote approve", 1);
        s.Edit(ballot, "/vote decline licence unclear", 5);
        var result = s.Tally();
        Assert.AreEqual(VoteChoice.Decline, result.Ballots.Single().Choice);
        Assert.AreEqual("licence unclear", result.Ballots.Single().Reason);
        Assert.AreEqual(VoteScenario.Start.AddMinutes(5), result.Ballots.Single().CastAt);
    }

    [TestMethod]
    public void The_comment_created_last_counts_even_if_an_older_one_is_edited_later()
    {
        var s = new VoteScenario();
        s.Open();
        var first = s.Say("m01", "/vote approve", 1);
        s.Say("m01", "/vote decline no tests", 2);
        s.Edit(first, "/vote abstain", 3);
        Assert.AreEqual(VoteChoice.Decline, s.Tally().Ballots.Single().Choice);
    }

    [TestMethod]
    public void Deleting_the_ballot_withdraws_the_vote()
    {
        var s = new VoteScenario();
        s.Open();
        var ballot = s.Say("m01", "/vote approve", 1);
        Assert.AreEqual(1, s.Tally().Approve);
        s.Delete(ballot);
        var result = s.Tally();
        Assert.AreEqual(0, result.Approve);
        CollectionAssert.Contains(result.YetToVote.ToList(), "m01");
    }

    [TestMethod]
    public void Last_vote_line_in_one_comment_counts()
    {
        var s = new VoteScenario();
        s.Open();
        s.Say("m01", "/vote decline x\nthinking again\n/vote approve", 1);
        Assert.AreEqual(VoteChoice.Approve, s.Tally().Ballots.Single().Choice);
    }

    [TestMethod]
    public void Quoted_or_fenced_ballot_is_not_counted()
    {
        var s = new VoteScenario();
        s.Open();
        s.Say("m01", "> /vote approve\n\nI disagree with that.", 1);
        s.Say("m02", "Example:\n```\n/vote approve\n```", 2);
        s.Say("m03", "~~~\n/vote approve", 3);
        var result = s.Tally();
        Assert.AreEqual(0, result.Approve);
        CollectionAssert.AreEqual(
            new[] { "inside a quote", "inside a code block", "inside a code block" },
            result.NotCounted.Select(n => n.Why).ToArray(),
            "each near-miss is listed with its reason");
    }

    [TestMethod]
    public void Non_member_ballot_is_listed_not_counted()
    {
        var s = new VoteScenario();
        s.Open();
        s.Say("community-fan", "/vote approve", 1);
        var result = s.Tally();
        Assert.AreEqual(0, result.Approve);
        var listed = result.NotCounted.Single();
        Assert.AreEqual(("community-fan", "not a Working Group member"), (listed.Author, listed.Why));
    }

    [TestMethod]
    public void Bot_ballot_is_ignored_even_from_a_member_login()
    {
        var s = new VoteScenario();
        s.Members.Add("helper-bot");
        s.Open();
        s.Say("helper-bot", "/vote approve", 1, bot: true);
        var result = s.Tally();
        Assert.AreEqual(0, result.Approve);
        Assert.AreEqual("posted by a bot", result.NotCounted.Single().Why);
    }

    /// <summary>
    /// One vote per member: the tally asks who is staff or a member as the label guard does (an app's <c>name[bot]</c>
    /// is its owner's account there), so a member's app is set aside as a bot before that question, never a second ballot.
    /// </summary>
    [TestMethod]
    public void A_members_app_does_not_vote_beside_the_member()
    {
        var s = new VoteScenario();
        s.Open();
        s.Say("m01", "/vote approve", 1);
        s.Say("m01[bot]", "/vote decline automated", 2, bot: true);
        s.Say("sam[bot]", "/vote close", 3, bot: true);
        var result = s.Tally();
        Assert.AreEqual((1, 0, false), (result.Approve, result.Decline, result.Window?.IsClosed ?? true));
        Assert.AreEqual(2, result.NotCounted.Count(n => n.Why == "posted by a bot"));
    }

    [TestMethod]
    public void Automation_own_comments_are_never_read_as_ballots()
    {
        var s = new VoteScenario();
        s.Members.Add(VoteScenario.Automation);
        s.Open();
        s.Say(VoteScenario.Automation, "/vote approve", 1, bot: true);
        var result = s.Tally();
        Assert.AreEqual(0, result.Approve);
        Assert.IsEmpty(result.NotCounted);
    }

    [TestMethod]
    public void Unknown_command_is_listed_with_the_ballots_a_member_can_write()
    {
        // "/vote accept" means approve to its writer: the line says which words a ballot takes, so the member can write it again.
        var s = new VoteScenario();
        s.Open();
        s.Say("m01", "/vote accept", 1);
        Assert.AreEqual("not a known /vote command; a ballot is /vote approve, /vote decline or /vote abstain", s.Tally().NotCounted.Single().Why);
    }

    [TestMethod]
    public void Decline_without_reason_is_not_counted_and_the_tally_says_how_to_fix_it()
    {
        var s = new VoteScenario();
        s.Open();
        var ballot = s.Say("m01", "/vote -1", 1);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(4));
        var result = s.Tally();
        Assert.AreEqual((0, 0), (result.Decline, result.Ballots.Count));
        Assert.Contains("m01", result.YetToVote, "counts as not yet voted");
        Assert.Contains("m01", result.Plan.Comments.Single(c => c.Purpose == VoteTally.ReminderOpenedPurpose).Body, "and is reminded");
        var listed = result.NotCounted.Single();
        Assert.AreEqual(("m01", "/vote -1"), (listed.Author, listed.Line));
        StringAssert.Contains(listed.Why, "a decline counts only with a reason");
        StringAssert.Contains(listed.Why, "edit the comment");
        StringAssert.Contains(result.TallyComment, "“/vote -1”, a decline counts only with a reason");
        Assert.DoesNotContain("⚠️", result.TallyComment);

        s.Edit(ballot, "/vote -1 no release in the last year", 60);
        Assert.AreEqual("no release in the last year", s.Tally().Ballots.Single().Reason, "the next tally counts the edited ballot");
    }

    [TestMethod]
    public void Outcome_never_depends_on_a_decline_without_reason()
    {
        var s = new VoteScenario(3) { Rules = new TallyRules { MajorityOf = MajorityBasis.VotesCast } };
        s.Open();
        s.Say("m01", "/vote approve", 1);
        s.Say("m02", "/vote no", 2);
        s.Close(3);
        var result = s.Tally();
        Assert.AreEqual(VoteOutcome.Approved, result.Outcome, "1 approval, and no decline counted");
        StringAssert.Contains(result.NotCounted.Single().Why, "the vote closed without one", "too late to edit");
    }

    [TestMethod]
    public void Declines_without_reason_do_not_decide_an_open_vote()
    {
        var s = new VoteScenario(3);
        s.Open();
        s.Say("m01", "/vote decline", 1);
        s.Say("m02", "/vote reject", 2);
        var result = s.Tally();
        Assert.AreEqual(TallyStatus.Open, result.Status, "a members' majority is still possible");
        Assert.IsNull(result.Foregone);
        Assert.HasCount(3, result.YetToVote);
    }

    [TestMethod]
    public void Latest_ballot_a_decline_without_reason_withdraws_the_earlier_approval()
    {
        var s = new VoteScenario();
        s.Open();
        s.Say("m01", "/vote approve", 1);
        s.Say("m01", "/vote no", 2);
        var result = s.Tally();
        Assert.IsEmpty(result.Ballots, "the member's latest word is a decline: the approval they replaced does not count");
        Assert.Contains("m01", result.YetToVote);
    }

    [TestMethod]
    public void Decline_without_reason_counts_when_the_rule_is_off()
    {
        var s = new VoteScenario { Rules = new TallyRules { DeclineNeedsReason = false } };
        s.Open();
        s.Say("m01", "/vote -1", 1);
        s.Close(2);
        var result = s.Tally();
        Assert.AreEqual(1, result.Decline);
        Assert.IsEmpty(result.NotCounted);
        StringAssert.Contains(result.OutcomeComment, "> _(no reason given)_");
    }

    [TestMethod]
    public void A_vote_closed_counting_a_decline_without_reason_keeps_its_tally_when_the_rule_is_turned_on()
    {
        var s = new VoteScenario { Rules = new TallyRules { DeclineNeedsReason = false } };
        s.Open();
        s.Say("m01", "/vote -1", 1);
        s.Close(2);
        var closed = s.Tally().TallyComment!;
        s.Rules = new TallyRules();
        var again = s.TallyAfter(closed);
        Assert.AreEqual(1, again.Decline, "the closed vote counted it");
        Assert.IsEmpty(again.NotCounted, "nor is it listed as not counted beside its own row");
        Assert.AreEqual(closed.Replace("line) or", "line, and a decline counts only with one) or", StringComparison.Ordinal), again.TallyComment,
            "the tally of record stays as it was written, but for the how-to-vote footer naming the rule now in force");
        StringAssert.Contains(closed, "⚠️ no reason given");
    }

    [TestMethod]
    public void Logins_match_case_insensitively_and_show_as_configured()
    {
        var s = new VoteScenario();
        s.Members = ["Alice", "bob"];
        s.Open();
        s.Say("ALICE", "/vote approve", 1);
        var result = s.Tally();
        Assert.AreEqual("Alice", result.Ballots.Single().Voter);
        CollectionAssert.AreEqual(new[] { "bob" }, result.YetToVote.ToArray());
    }
}
