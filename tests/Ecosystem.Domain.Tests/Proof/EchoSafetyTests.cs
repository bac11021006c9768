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

    [TestMethod]
    public void Forty_members_declining_in_another_script_keep_the_closed_tally_under_the_comment_limit()
    {
        // Its hidden state used to write each non-ASCII letter as six characters: 30 such reasons made 74,228.
        var scenario = new VoteScenario(members: 40);
        scenario.Open();
        for (var i = 1; i <= 40; i++)
        {
            scenario.Say($"m{i:00}", "/vote decline " + new string('é', 400), 2 + i);
        }

        scenario.Close(100);
        var result = scenario.Tally();

        EchoSafety.AssertSafe(result.TallyComment!, "tally");
        EchoSafety.AssertSafe(result.OutcomeComment!, "outcome");
        scenario.Members = ["m99"];
        var again = scenario.TallyAfter(result.TallyComment!);
        Assert.HasCount(40, again.Electorate.Members, "the closed state is read back, not rebuilt from today's members");
    }

    [TestMethod]
    public void Lines_of_ampersands_from_strangers_leave_room_for_the_members_reasons()
    {
        // Fifty shown lines of 200 ampersands each used to take 58,000 characters on their own.
        var scenario = new VoteScenario(members: 20);
        scenario.Open();
        for (var i = 0; i < 60; i++)
        {
            scenario.Say("a-stranger-with-a-login-of-39-characters", "/vote open " + new string('&', 400), 2 + i);
        }

        for (var i = 1; i <= 20; i++)
        {
            scenario.Say($"m{i:00}", "/vote decline " + new string('é', 400), 100 + i);
        }

        var tally = scenario.Tally().TallyComment!;

        EchoSafety.AssertSafe(tally, "tally");
        Assert.IsLessThan(50_000, tally.Length);
    }
}
