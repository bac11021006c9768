using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Voting;

/// <summary><c>/vote close too-early …</c> and <c>/vote close community-highlight …</c>: staff decide, not the ballots.</summary>
[TestClass]
public sealed class StaffCloseTests
{
    private static VoteScenario Voted()
    {
        var s = new VoteScenario(3);
        s.Labels.Add("in voting");
        s.Open();
        s.Say("m01", "/vote approve", 1);
        s.Say("m02", "/vote approve", 2);
        return s;
    }

    [TestMethod]
    public void Close_too_early_decides_too_early_with_the_text_as_expectations()
    {
        var s = Voted();
        var close = s.Say(VoteScenario.StaffLogin, "/vote close too-early Ship a tagged release and a CI run on GPU first.", 10);

        var result = s.Tally();

        Assert.AreEqual(VoteOutcome.TooEarly, result.Outcome);
        Assert.AreEqual(("too-early", "too-early"), (result.StatusText, result.OutcomeText));
        Assert.AreEqual(new Ecosystem.Domain.Guardians.OutcomeDecision(close.CreatedAt, VoteScenario.StaffLogin, "Ship a tagged release and a CI run on GPU first.", close.HtmlUrl), result.StaffDecision);
        Assert.IsNull(result.OutcomeComment, "the outcome's own comment comes from DecisionOutcomes");
        Assert.IsEmpty(result.Plan.AddLabels);
        CollectionAssert.AreEquivalent(new[] { "In review", "in voting" }, result.Plan.RemoveLabels.ToArray());
        Assert.AreEqual(new BoardPlacement("Done") { MovedOnAt = close.CreatedAt }, result.Plan.Board, "decided when staff closed the vote");
        StringAssert.Contains(result.TallyComment, "closed by staff: too early");
    }

    [TestMethod]
    public void Close_community_highlight_decides_a_highlight()
    {
        var s = Voted();
        s.Say(VoteScenario.StaffLogin, "/vote close Community-Highlight", 10);

        var result = s.Tally();

        Assert.AreEqual(VoteOutcome.CommunityHighlight, result.Outcome);
        Assert.AreEqual("community-highlight", result.OutcomeText);
        Assert.IsNull(result.StaffDecision!.Note);
    }

    [TestMethod]
    [DataRow("/vote close too-early: ship a tagged release first.", VoteOutcome.TooEarly, "ship a tagged release first.")]
    [DataRow("/vote close: too-early. Ship a tagged release first.", VoteOutcome.TooEarly, "Ship a tagged release first.")]
    [DataRow("/vote close community-highlight!", VoteOutcome.CommunityHighlight, null)]
    public void Punctuation_after_the_outcome_word_still_names_the_outcome(string line, VoteOutcome outcome, string? note)
    {
        var s = Voted();
        s.Say(VoteScenario.StaffLogin, line, 10);

        var result = s.Tally();

        Assert.AreEqual(outcome, result.Outcome, "staff named an outcome; the two approvals must not decide instead");
        Assert.AreEqual(note, result.StaffDecision!.Note);
    }

    /// <summary>
    /// A dash or colon standing alone after the outcome separates it from the note, as after a decline's verb: the outcome
    /// comment quotes the note, not the dash.
    /// </summary>
    [TestMethod]
    [DataRow("/vote close too-early - ship a tagged release first.", VoteOutcome.TooEarly, "ship a tagged release first.")]
    [DataRow("/vote close community-highlight — a good tutorial", VoteOutcome.CommunityHighlight, "a good tutorial")]
    [DataRow("/vote close too early : -- ship a tagged release first.", VoteOutcome.TooEarly, "ship a tagged release first.")]
    public void A_dash_after_the_outcome_word_is_no_part_of_the_note(string line, VoteOutcome outcome, string? note) =>
        Punctuation_after_the_outcome_word_still_names_the_outcome(line, outcome, note);

    /// <summary>A no-break space (a Mac's Option+Space) shows as a space: staff read "too-early" then their note.</summary>
    [TestMethod]
    [DataRow("/vote\u00A0close\u00A0too-early\u00A0ship a tagged release first.", VoteOutcome.TooEarly, "ship a tagged release first.")]
    [DataRow("/vote close community-highlight\u3000a good tutorial", VoteOutcome.CommunityHighlight, "a good tutorial")]
    public void A_no_break_space_after_the_outcome_word_still_names_the_outcome(string line, VoteOutcome outcome, string? note) =>
        Punctuation_after_the_outcome_word_still_names_the_outcome(line, outcome, note);

    /// <summary>
    /// Staff write the outcome as they read it, or as its label shows: "/vote close too early" closed with the ballots' outcome
    /// (approved here), and a closed vote is not reopened.
    /// </summary>
    [TestMethod]
    [DataRow("/vote close too early ship a tagged release first.", VoteOutcome.TooEarly, "ship a tagged release first.")]
    [DataRow("/vote close Too Early: ship a tagged release first.", VoteOutcome.TooEarly, "ship a tagged release first.")]
    [DataRow("/vote close community highlight", VoteOutcome.CommunityHighlight, null)]
    [DataRow("/vote close Blog candidate, a good tutorial", VoteOutcome.CommunityHighlight, "a good tutorial")]
    public void The_outcome_written_with_spaces_or_as_its_label_still_names_the_outcome(string line, VoteOutcome outcome, string? note) =>
        Punctuation_after_the_outcome_word_still_names_the_outcome(line, outcome, note);

    [TestMethod]
    public void The_configured_label_name_names_its_outcome()
    {
        var s = Voted();
        s.Rules = new TallyRules { Labels = new LabelNames { TooEarly = "Not ready yet" } };
        s.Say(VoteScenario.StaffLogin, "/vote close not ready yet: ship a tagged release first.", 10);

        var result = s.Tally();

        Assert.AreEqual(VoteOutcome.TooEarly, result.Outcome);
        Assert.AreEqual("ship a tagged release first.", result.StaffDecision!.Note);
    }

    [TestMethod]
    public void Plain_close_or_another_word_leaves_the_decision_to_the_ballots()
    {
        var s = Voted();
        s.Say(VoteScenario.StaffLogin, "/vote close too soon to say more, thanks all", 10);

        var result = s.Tally();

        Assert.AreEqual(VoteOutcome.Approved, result.Outcome);
        Assert.IsNull(result.StaffDecision);
    }

    [TestMethod]
    public void Close_too_early_by_a_member_closes_nothing()
    {
        var s = Voted();
        s.Say("m03", "/vote close too-early not yet", 10);

        var result = s.Tally();

        Assert.IsNull(result.Outcome);
        Assert.IsTrue(result.IsOpen);
    }

    [TestMethod]
    public void The_staff_outcome_is_kept_in_the_closed_state_after_the_command_is_deleted()
    {
        var s = Voted();
        var close = s.Say(VoteScenario.StaffLogin, "/vote close too-early Publish wheels on PyPI.", 10);
        var first = s.TallyAndPublish();
        s.Delete(close);

        var again = s.Tally();

        Assert.AreEqual(VoteOutcome.TooEarly, again.Outcome);
        Assert.AreEqual(first.StaffDecision, again.StaffDecision);
        Assert.AreEqual(first.TallyComment, again.TallyComment);
    }

    [TestMethod]
    public void Declined_outcome_names_the_resubmission_date()
    {
        var s = new VoteScenario(3) { Rules = new TallyRules { Resubmission = new(90) } };
        s.Open();
        s.Say("m01", "/vote decline no tests yet", 1);
        s.Say("m02", "/vote decline no CI", 2);
        s.Close(10);

        var result = s.Tally();

        Assert.AreEqual(VoteOutcome.Declined, result.Outcome);
        StringAssert.Contains(result.OutcomeComment, "may apply again from **2027-03-08**");
        GoldenFile.AssertMatches("vote-outcome-declined-resubmit", result.OutcomeComment!);
    }

    [TestMethod]
    public void A_declined_outcome_promises_no_place_in_the_queue_which_the_configured_order_gives()
    {
        // With sessions.order: fifo a returning application takes its place by issue number; the tally does not know the
        // order, and the guard's reply to /ecosystem returning says it.
        var s = new VoteScenario(3) { Rules = new TallyRules { Resubmission = new(90) } };
        s.Open();
        s.Say("m01", "/vote decline no tests yet", 1);
        s.Close(10);

        var outcome = s.Tally().OutcomeComment!;

        StringAssert.Contains(outcome, "write `/ecosystem returning` here once they are made, and this application goes back in the review queue.");
        Assert.IsFalse(outcome.Contains("front of", StringComparison.Ordinal), outcome);
    }
}
