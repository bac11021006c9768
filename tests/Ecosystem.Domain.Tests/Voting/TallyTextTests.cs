using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Voting;

[TestClass]
public sealed class TallyTextTests
{
    // The marker in code, as GitHub shows it (an HTML comment outside code is not shown, so it is no part of the reason), and
    // what only looks like a tag (a tag is not shown either).
    private const string Hostile =
        "needs work @pytorch/everyone <b & \"bold\"> `<!-- ecosystem-bot:tally-state {\"opening\":\"x\"} -->` | [x](https://evil)";

    /// <summary>A realistic vote: electorate frozen, one refresh, every kind of ballot and command.</summary>
    private static VoteScenario Session()
    {
        var s = new VoteScenario
        {
            Members = ["alice", "bob", "carol", "dave", "erin", "frank", "grace"],
            Rules = new TallyRules { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles") },
            SessionDate = new DateOnly(2026, 12, 8),
        };
        s.Maintainers.Add("grace");
        s.Say("alice", "/vote approve", -30);
        s.Open(0);
        s.Say("alice", "Great docs.\n\n/vote approve", 5);
        s.Say("bob", "/vote decline " + Hostile, 6);
        var carol = s.Say("carol", "/vote decline", 7);
        s.Edit(carol, "> /vote decline\n\nAnswered above, so:\n/vote yes", 40);
        s.Say("dave", "/vote no", 8);
        s.Say("erin", "/vote abstain", 9);
        s.Say("frank", "/vote recuse", 10);
        s.Say("outsider", "/vote +1 love it", 11);
        s.Say("ci-helper", "/vote approve", 12, bot: true);
        s.Say("erin", "/vote maybe", 13);
        s.Say("bob", "/vote open", 14);
        return s;
    }

    [TestMethod]
    public void Tally_comment_matches_golden_file()
    {
        var s = Session();
        s.TallyAndPublish();
        GoldenFile.AssertMatches("tally-open.md", s.TallyAndPublish().TallyComment!);
    }

    [TestMethod]
    public void Closed_tally_and_outcome_comments_match_golden_files()
    {
        var s = Session();
        s.TallyAndPublish();
        s.Say(VoteScenario.StaffLogin, "/vote refresh-members", 20);
        s.Close(60 * 24);
        s.Say("erin", "/vote approve", (60 * 24) + 1);
        var result = s.TallyAndPublish();
        Assert.AreEqual(VoteOutcome.Declined, result.Outcome);
        GoldenFile.AssertMatches("tally-closed.md", result.TallyComment!);
        GoldenFile.AssertMatches("outcome-declined.md", result.OutcomeComment!);
    }

    [TestMethod]
    public void Approved_outcome_without_declines_matches_golden_file()
    {
        var s = new VoteScenario(3);
        s.Open();
        s.Say("m01", "/vote approve", 1);
        s.Say("m02", "/vote lgtm", 2);
        s.Close(3);
        GoldenFile.AssertMatches("outcome-approved.md", s.Tally().OutcomeComment!);
    }

    [TestMethod]
    public void Tally_before_opening_matches_golden_file()
    {
        var s = new VoteScenario(3) { Rules = new TallyRules { OpenOnSchedule = true }, SessionDate = new DateOnly(2026, 12, 15) };
        s.Say("m01", "/vote approve", 1);
        var result = s.Tally();
        Assert.IsEmpty(result.Plan.AddLabels);
        GoldenFile.AssertMatches("tally-not-open.md", result.TallyComment!);
    }

    /// <summary>
    /// The Votes pie drew every count, zeros too (Mermaid's pie takes values above zero: its renderer labels a zero slice
    /// "0%" in a sliver of nothing, and a pie of zeros "NaN%"), and before any ballot it was all "Yet to vote" or all zeros.
    /// It draws only counts above zero, and only once a ballot is counted.
    /// </summary>
    [TestMethod]
    public void The_votes_pie_has_only_slices_above_zero_and_none_before_a_ballot()
    {
        var s = new VoteScenario(3);
        s.Open();
        var none = s.Tally().TallyComment!;
        s.Say("m01", "/vote approve", 1);
        var one = s.Tally().TallyComment!;

        Assert.DoesNotContain("mermaid", none);
        StringAssert.Contains(one, "pie showData title Votes\n    \"Approve\" : 1\n    \"Yet to vote\" : 2\n```");
    }

    [TestMethod]
    public void Votes_cast_rule_and_deadline_close_are_explained()
    {
        var s = new VoteScenario(3)
        {
            Rules = new TallyRules { MajorityOf = MajorityBasis.VotesCast, Quorum = 2, CloseAfterDays = 1 },
            SessionDate = new DateOnly(2026, 12, 8),
        };
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(10));
        s.Open();
        s.Say("m01", "/vote approve", 1);
        s.Say("m02", "/vote abstain", 2);
        var result = s.Tally();
        Assert.AreEqual(VoteOutcome.Approved, result.Outcome);
        StringAssert.Contains(result.TallyComment, "approvals outnumber declines among the ballots counted, with at least 2 ballots counted");
        StringAssert.Contains(result.OutcomeComment, "The vote closed at its deadline, the end of 2026-12-09 UTC.");
    }

    /// <summary>Without a quorum (voting.quorum 0, its default) the rule names none: both texts read "with at least 0 ballots counted".</summary>
    [TestMethod]
    public void Votes_cast_rule_without_a_quorum_names_none()
    {
        var s = new VoteScenario(3) { Rules = new TallyRules { MajorityOf = MajorityBasis.VotesCast } };
        s.Open();
        s.Say("m01", "/vote approve", 1);
        s.Close(2);
        var result = s.Tally();

        const string Rule = "**Rule:** approved when approvals outnumber declines among the ballots counted; otherwise declined.";
        StringAssert.Contains(result.TallyComment, Rule);
        StringAssert.Contains(result.OutcomeComment, Rule);
    }

    /// <summary>
    /// One eligible member (the others recused, or a Working Group of one), one line left out and a quorum of one are said
    /// in the singular in every text, where each read "of 1 eligible members", "1 members", "1 more lines" or "1 ballots".
    /// </summary>
    [TestMethod]
    public void One_of_anything_counted_is_said_in_the_singular()
    {
        var s = new VoteScenario(1);
        s.Open();
        s.Say("m01", string.Join("\n", Enumerable.Range(1, 51).Select(i => $"/vote-yes {i}")), 1);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(4));
        var open = s.Tally();

        StringAssert.Contains(open.TallyComment, "· 1 yet to vote, of 1 eligible member.");
        StringAssert.Contains(open.TallyComment, "approved when more than half of the 1 eligible member approves, so 1 approval;");
        StringAssert.Contains(open.TallyComment, "Frozen when the vote opened; 1 member: @");
        StringAssert.Contains(open.TallyComment, "- and 1 more line not counted (not shown");
        var reminder = open.Plan.Comments.Single(c => c.Purpose == VoteTally.ReminderOpenedPurpose);
        StringAssert.Contains(reminder.Body, "1 member has not voted yet (of 1 eligible member).");

        s.Say("m01", "/vote approve", 2);
        s.Close(3);
        StringAssert.Contains(s.Tally().OutcomeComment, "among 1 eligible member, the application is **approved**.");

        s.Rules = new TallyRules { MajorityOf = MajorityBasis.VotesCast, Quorum = 1 };
        StringAssert.Contains(s.Tally().OutcomeComment, "with at least 1 ballot counted; otherwise declined.");
    }

    [TestMethod]
    public void User_text_is_neutralised()
    {
        var s = Session();
        s.Close(60);
        var result = s.Tally();
        var state = result.TallyComment![result.TallyComment!.IndexOf("<!-- ecosystem-bot:tally-state ", StringComparison.Ordinal)..];
        Assert.DoesNotContain("@", state, "a stored reason must not mention anyone");
        Assert.AreEqual(1, CountOf(state, "-->"), "nothing stored may end the hidden comment early");
        var visibleTally = result.TallyComment![..^state.Length];
        var outcome = result.OutcomeComment!;
        var visibleOutcome = outcome[..outcome.IndexOf("<!-- ecosystem-bot:tally-state ", StringComparison.Ordinal)];
        Assert.AreEqual(state.TrimEnd(), outcome[visibleOutcome.Length..].TrimEnd(), "the outcome keeps the tally's state");
        foreach (var text in new[] { visibleTally, visibleOutcome })
        {
            Assert.DoesNotContain("@pytorch/everyone", text);
            Assert.DoesNotContain("<b>", text);
            Assert.DoesNotContain("[x](https://evil)", text);
            Assert.AreEqual(1, CountOf(text, "<!--"), "the purpose marker is the only HTML comment in the visible text");
        }

        Assert.DoesNotContain("@bob", result.TallyComment!, "logins are shown without pinging");
    }

    [TestMethod]
    public void Forged_state_in_a_decline_reason_does_not_survive_a_round_trip()
    {
        var s = Session();
        s.TallyAndPublish();
        s.Members = ["x"];
        var result = s.Tally();
        CollectionAssert.AreEqual(new[] { "alice", "bob", "carol", "dave", "erin", "frank", "grace" }, result.Electorate.Members.ToArray());
    }

    [TestMethod]
    public void Same_comments_in_any_order_give_the_same_tally()
    {
        var s = Session();
        s.Say("dave", "/vote approve", 8); // same minute as dave's decline: the higher id wins
        s.Close(60 * 24);
        var expected = s.Tally();
        var random = new Random(20261208);
        for (var i = 0; i < 200; i++)
        {
            var shuffled = s.Comments.OrderBy(_ => random.Next()).ToList();
            var result = s.Tally(shuffled);
            Assert.AreEqual(expected.TallyComment, result.TallyComment, $"permutation {i}");
            Assert.AreEqual(expected.OutcomeComment, result.OutcomeComment, $"permutation {i}");
            Assert.AreEqual(Describe(expected.Plan), Describe(result.Plan), $"permutation {i}");
        }

        Assert.AreEqual(VoteChoice.Approve, expected.Ballots.Single(b => b.Voter == "dave").Choice);
    }

    /// <summary>A thousand comments, quoted and fenced ballots among them; the tally's speed is benchmarked (README, <c>tally</c>).</summary>
    [TestMethod]
    public void Thousand_comments_are_tallied_each_voter_by_their_last_ballot()
    {
        var s = new VoteScenario(40);
        s.Open();
        for (var i = 0; i < 1_000; i++)
        {
            var voter = $"m{(i % 45) + 1:00}";
            var body = (i % 4) switch
            {
                0 => "/vote approve",
                1 => $"Question {i}: how is CI run?\n\n> /vote approve\n\n```\n/vote decline\n```",
                2 => $"/vote decline reason {i}",
                _ => "/vote abstain",
            };
            s.Say(voter, body, 1 + (i * 0.5));
        }

        var result = s.Tally();

        // Each member's last ballot outside quotes and code: 19 approve, 10 decline, 11 abstain; the five non-members none.
        Assert.AreEqual((19, 10, 11), (result.Approve, result.Decline, result.Abstain));
        Assert.IsEmpty(result.YetToVote);
    }

    [TestMethod]
    public void Rendering_twice_is_byte_identical()
    {
        var s = Session();
        var first = s.TallyAndPublish();
        var second = s.TallyAndPublish();
        var third = s.TallyAndPublish();
        Assert.AreEqual(first.TallyComment, second.TallyComment, "the state written by the first run reads back the same");
        Assert.AreEqual(second.TallyComment, third.TallyComment);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Describe(IssuePlan plan) =>
        string.Join("|", plan.AddLabels) + ";" + string.Join("|", plan.RemoveLabels) + ";" + plan.State + ";"
        + string.Join("|", plan.Comments.Select(c => c.Purpose + ":" + c.Body.GetHashCode(StringComparison.Ordinal)));
}
