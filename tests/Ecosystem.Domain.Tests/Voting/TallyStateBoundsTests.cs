using System.Text.Json.Nodes;
using Ecosystem.Domain.Tests.Proof;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Voting;

/// <summary>
/// The tally reads its hidden state back from its previous comment; an edited or forged state that no tally could
/// have written is ignored and rebuilt, so it can neither swell the tally past GitHub's limit nor change the count.
/// </summary>
[TestClass]
public sealed class TallyStateBoundsTests
{
    private const string StateTag = "<!-- ecosystem-bot:tally-state ";

    [TestMethod]
    public void A_forged_huge_login_in_the_electorate_is_ignored_and_the_tally_stays_under_the_limit()
    {
        var (s, previous) = OpenVote();

        var result = TallyAfter(s, Edit(previous, state => state["electorate"]!.AsArray().Add(new string('a', 129_000))));

        CollectionAssert.AreEqual(s.Members.Order().ToArray(), result.Electorate.Members.ToArray());
        EchoSafety.AssertSafe(result.TallyComment!, "tally");
    }

    [TestMethod]
    [DataRow("a-login-of-forty-characters-is-too-long1")]
    [DataRow("has space")]
    [DataRow("@octocat")]
    [DataRow("alice_")]
    [DataRow("")]
    public void An_electorate_entry_that_is_not_a_login_makes_the_state_unreadable(string login)
    {
        var (s, previous) = OpenVote();
        s.Members = ["m09"];

        var result = TallyAfter(s, Edit(previous, state => state["electorate"]!.AsArray().Add(login)));

        CollectionAssert.AreEqual(new[] { "m09" }, result.Electorate.Members.ToArray(), "rebuilt from the current members");
    }

    [TestMethod]
    public void A_stored_managed_user_of_github_enterprise_is_read_back()
    {
        var (s, previous) = OpenVote();
        s.Members = ["m09"];

        var result = TallyAfter(s, Edit(previous, state => state["electorate"]!.AsArray().Add("alice_acme")));

        CollectionAssert.Contains(result.Electorate.Members.ToArray(), "alice_acme", "the stored electorate, not the current members");
    }

    [TestMethod]
    public void An_electorate_of_more_than_a_hundred_members_is_not_read_back_but_a_hundred_is()
    {
        var (s, previous) = OpenVote();
        s.Members = ["m09"];

        var hundred = TallyAfter(s, Edit(previous, state => state["electorate"] = Logins(TallyState.MaxMembers)));
        var more = TallyAfter(s, Edit(previous, state => state["electorate"] = Logins(TallyState.MaxMembers + 1)));

        Assert.HasCount(TallyState.MaxMembers, hundred.Electorate.Members);
        CollectionAssert.AreEqual(new[] { "m09" }, more.Electorate.Members.ToArray());
    }

    [TestMethod]
    public void A_closed_state_with_ballots_from_outside_the_electorate_or_too_long_is_recounted_from_the_comments()
    {
        var (s, _) = OpenVote();
        s.Say("m01", "/vote approve", 2);
        s.Close(10);
        var closed = s.Tally().TallyComment!;
        void AddBallot(JsonNode state, string voter, string reason) => state["final"]!["ballots"]!.AsArray().Add(new JsonObject
        {
            ["voter"] = voter, ["choice"] = "Decline", ["reason"] = reason, ["commentId"] = 7,
            ["commentUrl"] = "https://github.com/pytorch-fdn/ecosystem/issues/42#issuecomment-7", ["castAt"] = "2026-12-08T17:05:00+00:00",
        });

        var outsider = TallyAfter(s, Edit(closed, state => AddBallot(state, "mallory", "no")));
        var tooLong = TallyAfter(s, Edit(closed, state => AddBallot(state, "m02", new string('&', 20_000))));
        var plausible = TallyAfter(s, Edit(closed, state => AddBallot(state, "m02", "not yet")));

        Assert.AreEqual(0, outsider.Decline, "the outsider's stored ballot is not counted");
        Assert.AreEqual(0, tooLong.Decline, "a reason longer than the parser keeps is not counted");
        Assert.AreEqual(1, plausible.Decline, "a plausible stored ballot stands, whatever the comments say now");
        EchoSafety.AssertSafe(tooLong.TallyComment!, "tally");
    }

    [TestMethod]
    [DataRow("closedAt", "0001-01-01T00:00:00+00:00")]
    [DataRow("deadline", "9999-12-31T23:59:59+00:00")]
    [DataRow("openedAt", "2027-12-31T00:00:00+00:00")]
    public void A_closed_state_with_impossible_times_is_recounted_not_thrown(string field, string time)
    {
        var (s, _) = OpenVote();
        s.Say("m01", "/vote approve", 2);
        s.Close(10);
        s.Say("m01", "/vote decline changed my mind", 20);

        var result = TallyAfter(s, Edit(s.Tally().TallyComment!, state => state["final"]![field] = time));

        Assert.AreEqual(1, result.Approve, "recounted from the comments: the decline came after the close");
        EchoSafety.AssertSafe(result.TallyComment!, "tally");
    }

    [TestMethod]
    [DataRow(-1)]
    [DataRow(VoteCommandParser.MaxReasonLength + 1)]
    public void A_closed_state_with_an_impossible_reason_cut_is_recounted_from_the_comments(int length)
    {
        var (s, _) = OpenVote();
        s.Say("m01", "/vote decline too early", 2);
        s.Close(10);

        var result = TallyAfter(s, Edit(s.Tally().TallyComment!, state => state["final"]!["reasonLength"] = length));

        Assert.AreEqual(1, result.Decline);
        Assert.Contains("| too early |", result.TallyComment!);
        Assert.DoesNotContain("reasonLength", result.TallyComment!);
        EchoSafety.AssertSafe(result.TallyComment!, "tally");
    }

    [TestMethod]
    public void A_state_longer_than_any_comment_is_not_parsed()
    {
        var (s, previous) = OpenVote();
        s.Members = ["m09"];

        var result = TallyAfter(s, Edit(previous, state => state["padding"] = new string(' ', TallyState.MaxLength)));

        CollectionAssert.AreEqual(new[] { "m09" }, result.Electorate.Members.ToArray());
    }

    [TestMethod]
    public void A_state_with_a_lone_surrogate_is_ignored_not_thrown()
    {
        var (s, previous) = OpenVote();
        s.Members = ["m09"];

        var result = TallyAfter(s, previous.Replace("\"m01\"", "\"m01\ud800\"", StringComparison.Ordinal));

        CollectionAssert.AreEqual(new[] { "m09" }, result.Electorate.Members.ToArray());
    }

    private static (VoteScenario Scenario, string PreviousTally) OpenVote()
    {
        var s = new VoteScenario(3);
        s.Open();
        return (s, s.Tally().TallyComment!);
    }

    private static TallyResult TallyAfter(VoteScenario s, string previousTally) => s.TallyAfter(previousTally);

    /// <summary>The tally comment with its state JSON changed by <paramref name="edit"/>, as an admin's edit would.</summary>
    private static string Edit(string tally, Action<JsonNode> edit)
    {
        var start = tally.IndexOf(StateTag, StringComparison.Ordinal) + StateTag.Length;
        var end = tally.IndexOf(" -->", start, StringComparison.Ordinal);
        var state = JsonNode.Parse(tally[start..end])!;
        edit(state);
        return string.Concat(tally.AsSpan(0, start), state.ToJsonString(), tally.AsSpan(end));
    }

    private static JsonArray Logins(int count) => [.. Enumerable.Range(1, count).Select(i => (JsonNode)$"member-{i}")];
}
