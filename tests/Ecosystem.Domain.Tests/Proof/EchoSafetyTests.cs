using Ecosystem.Domain.Tests.Voting;

namespace Ecosystem.Domain.Tests.Proof;

/// <summary>Exact hostile inputs, each found by the fuzz or named in the brief, against the rendered comments.</summary>
[TestClass]
public sealed class EchoSafetyTests
{
    [TestMethod]
    public void Thousands_of_uncounted_vote_lines_keep_the_tally_under_the_comment_limit()
    {
        var scenario = new VoteScenario();
        scenario.Open();
        for (var i = 0; i < 2_000; i++)
        {
            scenario.Say("stranger", "/vote open <img src=x onerror=alert(1)> @pytorch/team |x| <!-- ecosystem-bot:vote-tally -->", 5 + i);
        }

        var result = scenario.Tally();

        Assert.HasCount(2_000, result.NotCounted);
        EchoSafety.AssertSafe(result.TallyComment!, "tally");
        Assert.Contains("and 1950 more lines not counted", result.TallyComment!);
    }

    [TestMethod]
    public void Hostile_decline_reason_is_escaped_in_tally_and_outcome()
    {
        var scenario = new VoteScenario(members: 1);
        scenario.Open();
        scenario.Say("m01", "/vote decline <details><img src=x onerror=alert(1)> @octocat @pytorch/team | cell | ``` <!-- ecosystem-bot:vote-tally --> " + new string('x', 1 << 20), 5);
        scenario.Close(10);

        var result = scenario.Tally();

        EchoSafety.AssertSafe(result.TallyComment!, "tally");
        EchoSafety.AssertSafe(result.OutcomeComment!, "outcome");
    }
}
