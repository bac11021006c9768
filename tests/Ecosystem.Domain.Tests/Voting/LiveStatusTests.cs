using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Voting;

/// <summary>The live status under "more than half of the members": passing only at the majority, decided when the rest cannot change it.</summary>
[TestClass]
public sealed class LiveStatusTests
{
    private static TallyResult Open(int members, int approvals, int declines = 0)
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
            s.Say($"m{voter:00}", "/vote decline the CI is red", voter);
        }

        return s.Tally();
    }

    private static string StatusLine(TallyResult result) =>
        result.TallyComment!.Split('\n').Single(l => l.StartsWith("**Status: ", StringComparison.Ordinal));

    [TestMethod]
    public void Two_of_the_three_needed_with_one_decline_is_open_and_names_the_approval_still_needed()
    {
        var result = Open(5, approvals: 2, declines: 1);

        Assert.AreEqual(TallyStatus.Open, result.Status, "approvals ahead of declines are not a majority of the members");
        Assert.AreEqual("open", result.StatusText);
        StringAssert.StartsWith(StatusLine(result), "**Status: open, 1 more approval needed (2 of 3)** ·");
    }

    [TestMethod]
    public void Three_of_the_three_needed_is_decided_as_the_remaining_members_cannot_change_it()
    {
        var result = Open(5, approvals: 3);

        Assert.AreEqual(TallyStatus.Decided, result.Status);
        Assert.AreEqual("decided", result.StatusText);
        StringAssert.StartsWith(StatusLine(result), "**Status: decided: approved whatever the remaining members vote (final when the vote closes)** ·");
    }

    [TestMethod]
    public void Five_of_ten_members_is_half_not_a_majority()
    {
        var result = Open(10, approvals: 5);

        Assert.AreEqual(TallyStatus.Open, result.Status);
        StringAssert.StartsWith(StatusLine(result), "**Status: open, 1 more approval needed (5 of 6)** ·");

        var withDeclines = Open(10, approvals: 5, declines: 5);
        Assert.AreEqual(TallyStatus.Decided, withDeclines.Status);
        Assert.AreEqual(VoteOutcome.Declined, withDeclines.Foregone);
        StringAssert.StartsWith(StatusLine(withDeclines), "**Status: decided: declined whatever the remaining members vote (final when the vote closes)** ·");
    }

    [TestMethod]
    public void No_ballot_yet_names_the_approvals_needed()
    {
        var result = Open(5, approvals: 0);

        Assert.AreEqual(TallyStatus.Open, result.Status);
        StringAssert.StartsWith(StatusLine(result), "**Status: open, no ballots counted yet; 3 approvals needed** ·");
    }

    /// <summary>One eligible member (the others recused, or a Working Group of one) needs one approval, not "1 approvals".</summary>
    [TestMethod]
    public void One_approval_needed_is_singular()
    {
        var result = Open(1, approvals: 0);

        StringAssert.StartsWith(StatusLine(result), "**Status: open, no ballots counted yet; 1 approval needed** ·");
        StringAssert.Contains(result.TallyComment, "eligible member approves, so 1 approval; otherwise declined.");
    }

    [TestMethod]
    public void Two_short_is_plural()
    {
        StringAssert.StartsWith(StatusLine(Open(10, approvals: 3, declines: 1)), "**Status: open, 3 more approvals needed (3 of 6)** ·");
    }
}
