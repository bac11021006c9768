using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Voting;

/// <summary>A ballot counts with its text as of the close; edits after the close change nothing.</summary>
[TestClass]
public sealed class EditedBallotTests
{
    private static VoteScenario ApprovedThreeOfFive(out Domain.Issues.CommentSnapshot typo)
    {
        var s = new VoteScenario();
        s.Open();
        typo = s.Say("m01", "/vote approve\nThe CI matrix looks grate.", 1);
        s.Say("m02", "/vote approve", 2);
        s.Say("m03", "/vote approve", 3);
        s.Say("m04", "/vote decline no ROCm builds", 4);
        s.Close(10);
        return s;
    }

    [TestMethod]
    public void Approved_three_of_five_stays_approved_when_a_member_fixes_a_typo_after_the_close()
    {
        var s = ApprovedThreeOfFive(out var typo);
        s.Revise(typo, "/vote approve\nThe CI matrix looks great.", 60);

        var result = s.Tally();

        Assert.AreEqual(VoteOutcome.Approved, result.Outcome);
        Assert.AreEqual(3, result.Approve);
        var ballot = result.Ballots.Single(b => b.Voter == "m01");
        Assert.AreEqual(VoteScenario.Start.AddMinutes(1), ballot.CastAt, "cast when written, not when the typo was fixed");
        Assert.IsEmpty(result.NotCounted, string.Join("; ", result.NotCounted));
    }

    /// <summary>
    /// A vote closed at its deadline is recorded by the first run after it, nightly; a member deleting their ballot before
    /// that run (its deletion event runs the tally first) must not turn the outcome over: the ballot counts as it stood.
    /// </summary>
    [TestMethod]
    public void A_ballot_deleted_after_the_deadline_before_any_run_recorded_the_close_counts_as_it_stood()
    {
        var s = new VoteScenario { SessionDate = DateOnly.FromDateTime(VoteScenario.Start.UtcDateTime) };
        s.Open();
        var first = s.Say("m01", "/vote approve", 1);
        s.Say("m02", "/vote approve", 2);
        s.Say("m03", "/vote approve", 3);
        s.Say("m04", "/vote decline no ROCm builds", 4);
        s.TallyAndPublish();
        s.Delete(first);
        var whileOpen = new VoteTally(s.Rules, s.Time).Run(s.Input() with { Deleted = first });
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(8));

        var result = new VoteTally(s.Rules, s.Time).Run(s.Input() with { Deleted = first });

        Assert.AreEqual((2, (VoteOutcome?)null), (whileOpen.Approve, whileOpen.Outcome), "deleted while the vote is open: withdrawn");
        Assert.AreEqual(VoteOutcome.Approved, result.Outcome, "three of five approved when the vote closed");
        Assert.AreEqual(3, result.Approve);
    }

    [TestMethod]
    public void A_ballot_changed_after_the_close_counts_as_it_stood_and_the_new_line_is_listed()
    {
        var s = ApprovedThreeOfFive(out var typo);
        s.Revise(typo, "/vote decline changed my mind", 60);

        var result = s.Tally();

        Assert.AreEqual(VoteOutcome.Approved, result.Outcome);
        Assert.AreEqual(VoteChoice.Approve, result.Ballots.Single(b => b.Voter == "m01").Choice);
        var listed = result.NotCounted.Single();
        Assert.AreEqual(("/vote decline changed my mind", "written after the vote closed"), (listed.Line, listed.Why));
    }

    [TestMethod]
    public void The_text_at_the_close_is_the_latest_revision_before_it()
    {
        var s = new VoteScenario();
        s.Open();
        var ballot = s.Say("m01", "/vote decline not yet", 1);
        s.Revise(ballot, "/vote approve", 5);
        s.Close(10);
        s.Revise(ballot, "/vote abstain", 30);

        var result = s.Tally();

        var counted = result.Ballots.Single();
        Assert.AreEqual((VoteChoice.Approve, VoteScenario.Start.AddMinutes(5)), (counted.Choice, counted.CastAt));
    }

    [TestMethod]
    public void Without_a_history_an_edit_after_the_close_is_still_outside_the_window()
    {
        var s = ApprovedThreeOfFive(out var typo);
        s.Edit(typo, "/vote approve\nThe CI matrix looks great.", 60);

        var result = s.Tally();

        Assert.AreEqual("written after the vote closed", result.NotCounted.Single().Why);
        Assert.AreEqual(2, result.Approve);
    }
}
