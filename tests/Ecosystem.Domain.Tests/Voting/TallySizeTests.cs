using Ecosystem.Domain.Tests.Proof;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Voting;

/// <summary>
/// Every comment the tally plans stays under GitHub's 65,536-character limit whatever members and strangers write:
/// reasons are shortened step by step, then left out, only when the whole comment would not fit.
/// </summary>
[TestClass]
public sealed class TallySizeTests
{
    /// <summary>A login of GitHub's longest, 39 characters.</summary>
    private const string Stranger = "a-stranger-with-a-login-of-39-character";

    /// <summary>Comment ids longer than GitHub's today, so every ballot link is as long as it gets.</summary>
    private const long FirstId = 9_000_000_000_000;

    [TestMethod]
    [DataRow('&')]
    [DataRow('<')]
    [DataRow('@')]
    [DataRow('\\')]
    [DataRow('é')]
    public void A_hundred_members_declining_with_the_longest_worst_escaping_reason_fit_in_every_planned_comment(char worst)
    {
        var s = WorstCase(worst);

        var open = s.Tally();
        s.Close(1_000);
        var closed = s.TallyAndPublish();
        var again = s.Tally();

        foreach (var (what, result) in new[] { ("open", open), ("closed", closed), ("re-run after close", again) })
        {
            Assert.IsNotEmpty(result.Plan.Comments);
            foreach (var comment in result.Plan.Comments)
            {
                EchoSafety.AssertSafe(comment.Body, $"{what} {comment.Purpose}");
            }
        }
    }

    [TestMethod]
    public void Shortened_reasons_are_said_so_and_the_stored_state_still_holds_the_closed_vote()
    {
        var s = WorstCase('&');
        s.Close(1_000);
        var closed = s.TallyAndPublish();
        s.Members = ["m99"];

        var again = s.Tally();

        Assert.Contains("to keep this comment within GitHub's size limit; each ballot's link leads to its comment", closed.TallyComment!);
        Assert.Contains("to keep this comment within GitHub's size limit; each ballot's link leads to its comment", closed.OutcomeComment!);
        Assert.HasCount(TallyState.MaxMembers, again.Electorate.Members, "the closed state is read back, not rebuilt from today's members");
        Assert.AreEqual(TallyState.MaxMembers, again.Decline);
        Assert.AreEqual(VoteOutcome.Declined, again.Outcome);
        Assert.AreEqual(closed.TallyComment, again.TallyComment, "a re-run writes nothing");
        Assert.AreEqual(closed.OutcomeComment, again.OutcomeComment, "a re-run writes nothing");
    }

    [TestMethod]
    public void Reasons_are_cut_only_as_far_as_needed()
    {
        // Twenty members' reasons of ampersands overflowed before; shortened to 150 characters they fit.
        var s = new VoteScenario(members: 20);
        s.Open();
        foreach (var member in s.Members)
        {
            s.Say(member, "/vote decline " + WorstReason('&'), 10);
        }

        s.Close(100);
        var result = s.Tally();

        Assert.Contains("_Reasons are shortened to 150 characters", result.TallyComment!);
        Assert.Contains("| " + new string('&', 150).Replace("&", "&amp;", StringComparison.Ordinal) + "… |", result.TallyComment!);
        EchoSafety.AssertSafe(result.TallyComment!, "tally");
        EchoSafety.AssertSafe(result.OutcomeComment!, "outcome");
    }

    [TestMethod]
    public void A_tally_that_fits_is_not_shortened()
    {
        var s = new VoteScenario(members: 3);
        s.Open();
        s.Say("m01", "/vote decline " + WorstReason('&'), 10);
        s.Close(100);

        var result = s.Tally();

        Assert.DoesNotContain("size limit", result.TallyComment!);
        Assert.DoesNotContain("size limit", result.OutcomeComment!);
        Assert.DoesNotContain("reasonLength", result.TallyComment!);
    }

    /// <summary>The longest reason of <paramref name="worst"/>, ended by the one digit that makes it a reason.</summary>
    private static string WorstReason(char worst) => new string(worst, VoteCommandParser.MaxReasonLength - 1) + "1";

    private static VoteScenario WorstCase(char worst)
    {
        var s = new VoteScenario { Members = [.. Enumerable.Range(1, TallyState.MaxMembers).Select(i => $"member-{i:000}-" + new string('x', 28))] };
        s.Open();
        var id = FirstId;
        for (var i = 0; i < 60; i++)
        {
            s.Comments.Add(VoteScenario.CommentBy(id++, Stranger, "/vote open " + new string(worst, 400), VoteScenario.Start.AddMinutes(2 + i)));
        }

        foreach (var member in s.Members)
        {
            s.Comments.Add(VoteScenario.CommentBy(id++, member, "/vote decline " + WorstReason(worst), VoteScenario.Start.AddMinutes(100)));
        }

        return s;
    }
}
