namespace Ecosystem.Domain.Tests.Voting;

/// <summary>Lines that only look like ballots are listed in the tally as not counted, with the reason.</summary>
[TestClass]
public sealed class NearMissTallyTests
{
    [TestMethod]
    public void Near_misses_are_listed_as_not_counted_with_their_reason()
    {
        var s = new VoteScenario();
        s.Open();
        s.Say("m01", "> I agree with m02\n/vote approve", 1);
        s.Say("m02", "Looks fine <img alt=\"\n/vote approve\">", 2);
        s.Say("m03", "/vo\u200Bte approve", 3);
        s.Say("m04", "<!--\n/vote decline hidden\n-->", 4);

        var result = s.Tally();

        Assert.IsEmpty(result.Ballots);
        CollectionAssert.AreEqual(
            new[] { "inside a quote", "inside HTML", "contains an invisible character (U+200B)", "inside an HTML comment" },
            result.NotCounted.Select(n => n.Why).ToArray());
    }

    [TestMethod]
    public void Near_misses_alone_before_the_vote_opens_post_no_tally()
    {
        var s = new VoteScenario();
        s.Say(VoteScenario.StaffLogin, "When the vote opens, write `/vote approve` or `/vote decline <reason>`.", 1);

        var result = s.Tally();

        Assert.IsNull(result.TallyComment);
        Assert.IsTrue(result.Plan.IsEmpty);
    }
}
