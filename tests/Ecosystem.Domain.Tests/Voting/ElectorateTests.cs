using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Voting;

[TestClass]
public sealed class ElectorateTests
{
    [TestMethod]
    public void Electorate_is_frozen_in_the_tally_comment_and_survives_a_member_list_change()
    {
        var s = new VoteScenario(3);
        s.Open();
        s.TallyAndPublish();

        s.Members = ["m01", "newcomer"];
        s.Say("newcomer", "/vote approve", 5);
        s.Say("m03", "/vote approve", 6);
        var result = s.TallyAndPublish();

        CollectionAssert.AreEqual(new[] { "m01", "m02", "m03" }, result.Electorate.Members.ToArray());
        Assert.IsTrue(result.Electorate.FrozenWhenOpened);
        Assert.AreEqual("m03", result.Ballots.Single().Voter);
        Assert.AreEqual("not in the electorate frozen when the vote opened", result.NotCounted.Single().Why);
    }

    /// <summary>
    /// A Working Group with no members (a new adoption's empty <c>people.working-group</c>) opened no vote that declined the
    /// application as "decided" at once and at its close: nobody could have voted. It stays unopened and the tally says why.
    /// </summary>
    [TestMethod]
    public void With_no_Working_Group_members_the_vote_does_not_open_nor_decline_and_the_tally_says_why()
    {
        var s = new VoteScenario(0) { Rules = new TallyRules { OpenOnSchedule = true }, SessionDate = new DateOnly(2026, 12, 8) };
        s.Open(1);
        s.Say("m01", "/vote approve", 2);
        s.Close(60 * 24);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(30));

        var result = s.TallyAndPublish();

        Assert.IsNull(result.Window, "not opened");
        Assert.IsNull(result.Outcome);
        Assert.IsNull(result.OutcomeComment);
        Assert.IsEmpty(result.Plan.AddLabels);
        Assert.AreEqual("the Working Group has no members to vote", result.NotCounted.First(n => n.Line == "/vote open").Why);
        GoldenFile.AssertMatches("tally-no-members.md", result.TallyComment!);

        // Once the Working Group has members, the next tally opens the vote as of its scheduled opening.
        s.Members = ["m01", "m02", "m03"];
        var opened = s.TallyAndPublish();
        Assert.AreEqual(new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero), opened.Window?.OpenedAt);
        Assert.AreEqual(1, opened.Approve);
    }

    /// <summary>
    /// A Working Group whose every member is recused (here the applicant and a listed maintainer: a Working Group of one
    /// who maintains the project is the same) opened a vote that read "decided: declined" at once, with 0 eligible members,
    /// and declined the application at its close though nobody could vote. It stays unopened, as with no members.
    /// </summary>
    [TestMethod]
    public void With_every_member_recused_the_vote_does_not_open_nor_decline_and_the_tally_says_why()
    {
        var s = new VoteScenario(2) { Author = "m01" };
        s.Maintainers.Add("m02");
        s.Open(1);
        s.Say("m02", "/vote approve", 2);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(30));

        var result = s.TallyAndPublish();

        Assert.IsNull(result.Window, "not opened");
        Assert.IsNull(result.Outcome);
        Assert.IsNull(result.Foregone);
        Assert.IsNull(result.OutcomeComment);
        Assert.AreEqual("every Working Group member is recused from this application", result.NotCounted.First(n => n.Line == "/vote open").Why);
        GoldenFile.AssertMatches("tally-all-recused.md", result.TallyComment!);

        // Once a member who may vote joins, the next tally opens the vote as of staff's /vote open.
        s.Members = ["m01", "m02", "m03"];
        var opened = s.TallyAndPublish();
        Assert.AreEqual(VoteScenario.Start.AddMinutes(1), opened.Window?.OpenedAt);
        Assert.AreEqual((1, TallyStatus.Open), (opened.Eligible, opened.Status));
    }

    /// <summary>
    /// Every member of the frozen electorate recuses after the vote opened: it read "decided: declined" with 0 eligible
    /// members and declined the application at its close, though nobody could vote. As a vote all recused from does not open,
    /// this one cannot decide: the tally says so, and no outcome (label, comment, board move) is set; staff decide.
    /// </summary>
    [TestMethod]
    public void When_every_member_recuses_after_the_vote_opened_it_cannot_decide_and_leaves_the_outcome_to_staff()
    {
        var s = new VoteScenario(2);
        s.Labels.Add("in voting");
        s.Open();
        s.TallyAndPublish();
        s.Say("m01", "/vote recuse", 1);
        s.Say("m02", "/vote recuse", 2);

        var open = s.TallyAndPublish();
        Assert.AreEqual((0, "undecided"), (open.Eligible, open.StatusText));
        Assert.IsNull(open.Foregone, "not decided: declined");

        s.Close(10);
        var closed = s.TallyAndPublish();

        Assert.IsTrue(closed.Window?.IsClosed);
        Assert.AreEqual(("undecided", string.Empty), (closed.StatusText, closed.OutcomeText));
        Assert.IsNull(closed.OutcomeComment);
        Assert.IsTrue(closed.Plan is { AddLabels.Count: 0, RemoveLabels.Count: 0, Board: null, State: null }, "no outcome set");
        GoldenFile.AssertMatches("tally-all-recused-after-opening.md", closed.TallyComment!);
        Assert.AreEqual(closed.TallyComment, s.TallyAndPublish().TallyComment, "a re-run writes nothing");
    }

    /// <summary>
    /// A vote closed undecided (every member recused, so staff decide) was not recorded as closed: a member who voted, then
    /// recused, and deleted the recusal after the close turned it into "approved" on the next tally, with the Accepted label
    /// and the outcome comment. The close is recorded as it stood; a recusal or close deleted afterwards changes nothing.
    /// </summary>
    [TestMethod]
    public void A_vote_closed_undecided_stays_undecided_when_a_recusal_is_deleted_after_the_close()
    {
        var s = new VoteScenario(2);
        s.Labels.Add("in voting");
        s.Open();
        s.TallyAndPublish();
        s.Say("m01", "/vote approve", 1);
        var recusal = s.Say("m01", "/vote recuse", 2);
        s.Say("m02", "/vote recuse", 3);
        var close = s.Close(10);
        var closed = s.TallyAndPublish();
        Assert.AreEqual("undecided", closed.StatusText);

        s.Delete(recusal);
        s.Delete(close);
        var later = s.TallyAndPublish();

        Assert.AreEqual(("undecided", string.Empty), (later.StatusText, later.OutcomeText), later.TallyComment);
        Assert.IsTrue(later.Plan is { AddLabels.Count: 0, RemoveLabels.Count: 0, Board: null, State: null }, "no outcome set");
        Assert.AreEqual(closed.TallyComment, later.TallyComment);
    }

    /// <summary>Staff decide a vote all its members recused from by closing it with their outcome.</summary>
    [TestMethod]
    public void Staff_close_a_vote_every_member_recused_from_with_their_outcome()
    {
        var s = new VoteScenario(1);
        s.Open();
        s.TallyAndPublish();
        s.Say("m01", "/vote recuse", 1);
        s.Say(VoteScenario.StaffLogin, "/vote close too-early ship a release first", 5);

        var result = s.TallyAndPublish();

        Assert.AreEqual(VoteOutcome.TooEarly, result.Outcome);
    }

    /// <summary>
    /// A refresh while the Working Group has no members (its team emptied, its list cleared) emptied the electorate of an
    /// open vote: the ballots cast stopped counting and the vote read as declined whatever anyone voted.
    /// </summary>
    [TestMethod]
    public void A_refresh_while_the_Working_Group_has_no_members_keeps_the_frozen_electorate()
    {
        var s = new VoteScenario(3);
        s.Open();
        s.Say("m01", "/vote approve", 1);
        s.TallyAndPublish();
        s.Members = [];
        s.Say(VoteScenario.StaffLogin, "/vote refresh-members", 5);

        var result = s.TallyAndPublish();

        CollectionAssert.AreEqual(new[] { "m01", "m02", "m03" }, result.Electorate.Members.ToArray());
        Assert.AreEqual((1, TallyStatus.Open), (result.Approve, result.Status));
        Assert.AreEqual("the Working Group has no members to vote", result.NotCounted.Single().Why);
    }

    [TestMethod]
    public void A_tally_comment_deleted_while_the_vote_is_open_gives_back_its_electorate_on_the_run_of_its_deletion()
    {
        var s = new VoteScenario(3);
        s.Open();
        s.Say("m01", "/vote approve", 1);
        s.TallyAndPublish();

        // m03 leaves, m04 and m05 join; then a person deletes the tally comment, and m04 votes.
        s.Members = ["m01", "m02", "m04", "m05"];
        var tally = s.Comments.Single(c => c.Author == VoteScenario.Automation);
        s.Delete(tally);
        s.Say("m04", "/vote approve", 5);
        var restored = new VoteTally(s.Rules, s.Time).Run(s.Input() with { Deleted = tally });

        CollectionAssert.AreEqual(new[] { "m01", "m02", "m03" }, restored.Electorate.Members.ToArray());
        Assert.AreEqual(1, restored.Approve);
        Assert.AreEqual("not in the electorate frozen when the vote opened", restored.NotCounted.Single().Why);
    }

    [TestMethod]
    [DataRow(false, DisplayName = "tally comment deleted")]
    [DataRow(true, DisplayName = "tally comment's hidden state removed by an edit")]
    public void A_tally_comment_lost_during_the_vote_after_a_return_gives_back_that_votes_electorate(bool edited)
    {
        const double Day = 60 * 24;
        var s = new VoteScenario(3);
        s.Open();
        s.Say("m01", "/vote decline no CI on GPU", 1);
        s.Close(10);
        s.TallyAndApply();
        s.Return("applicant", 30 * Day);
        s.Open(40 * Day);
        s.Say("m01", "/vote approve", (40 * Day) + 1);
        s.Time.SetUtcNow(VoteScenario.Start.AddDays(41));
        s.TallyAndApply();

        // The second vote's tally comment, not the declined vote's outcome comment, holds the electorate of this vote.
        s.Members = ["m01", "m02", "m04", "m05"];
        var tally = s.Comments.Single(c => HiddenMarker.PurposeOf(c.Body) == VoteTally.TallyPurpose);
        if (edited)
        {
            s.Revise(tally, tally.Body[..tally.Body.IndexOf("<!-- ecosystem-bot:tally-state", StringComparison.Ordinal)], (41 * Day) + 5);
        }
        else
        {
            s.Delete(tally);
        }

        var restored = new VoteTally(s.Rules, s.Time).Run(s.Input() with { Deleted = edited ? null : tally });

        CollectionAssert.AreEqual(new[] { "m01", "m02", "m03" }, restored.Electorate.Members.ToArray());
        Assert.AreEqual(1, restored.Approve);
    }

    [TestMethod]
    public void A_tally_comment_whose_state_a_person_edited_away_while_the_vote_is_open_keeps_it_in_its_history()
    {
        var s = new VoteScenario(3);
        s.Open();
        s.TallyAndPublish();
        s.Members = ["m01", "m02", "m04"];
        var tally = s.Comments.Single(c => c.Author == VoteScenario.Automation);
        var edited = s.Revise(tally, tally.Body[..tally.Body.IndexOf("<!-- ecosystem-bot:tally-state", StringComparison.Ordinal)], 5);
        s.Say("m04", "/vote approve", 6);

        var withoutHistory = s.Input() with { Comments = [.. s.Comments.Select(c => c.Id == edited.Id ? edited with { Edits = [] } : c)] };
        Assert.AreEqual(edited.Id, withoutHistory.HistoryNeeded(s.Tally().Window).Single().Id, "the host reads its history");
        var restored = s.Tally();
        CollectionAssert.AreEqual(new[] { "m01", "m02", "m03" }, restored.Electorate.Members.ToArray());
        Assert.AreEqual("not in the electorate frozen when the vote opened", restored.NotCounted.Single().Why);
    }

    [TestMethod]
    public void Ballot_of_someone_who_joined_after_freezing_says_so()
    {
        var s = new VoteScenario(2);
        s.Open();
        s.TallyAndPublish();
        s.Members.Add("Joined-Late");
        s.Say("joined-late", "/vote approve", 5);
        Assert.AreEqual("not in the electorate frozen when the vote opened", s.Tally().NotCounted.Single().Why);
    }

    [TestMethod]
    public void Before_opening_the_electorate_follows_the_configuration()
    {
        var s = new VoteScenario(2);
        s.Say("m01", "/vote approve", 1);
        s.TallyAndPublish();
        s.Members = ["x"];
        var result = s.Tally();
        Assert.IsFalse(result.Electorate.FrozenWhenOpened);
        CollectionAssert.AreEqual(new[] { "x" }, result.Electorate.Members.ToArray());
    }

    [TestMethod]
    public void Refresh_members_by_staff_replaces_the_frozen_list_once()
    {
        var s = new VoteScenario(3);
        s.Open();
        s.TallyAndPublish();
        s.Members = ["m01", "m02", "m03", "m04"];
        s.Say(VoteScenario.StaffLogin, "/vote refresh-members", 5);
        var refreshed = s.TallyAndPublish();
        CollectionAssert.AreEqual(new[] { "m01", "m02", "m03", "m04" }, refreshed.Electorate.Members.ToArray());
        Assert.AreEqual(VoteScenario.StaffLogin, refreshed.Electorate.RefreshedBy);
        StringAssert.Contains(refreshed.TallyComment, "Replaced by `/vote refresh-members`");

        // A later change of configuration does not leak in without another refresh.
        s.Members = ["m01"];
        var later = s.TallyAndPublish();
        Assert.HasCount(4, later.Electorate.Members);
        Assert.AreEqual(refreshed.TallyComment, later.TallyComment);
    }

    [TestMethod]
    public void Refresh_by_non_staff_or_outside_the_window_is_listed()
    {
        var s = new VoteScenario(3);
        s.Say(VoteScenario.StaffLogin, "/vote refresh-members", -1);
        s.Open();
        s.Say("m01", "/vote refresh-members", 1);
        s.Close(5);
        s.Say(VoteScenario.StaffLogin, "/vote refresh-members", 6);
        CollectionAssert.AreEqual(
            new[] { "the vote was not open", "only staff refresh the members", "written after the vote closed" },
            s.Tally().NotCounted.Select(n => n.Why).ToArray());
    }

    [TestMethod]
    public void Issue_author_who_is_a_member_is_recused()
    {
        var s = new VoteScenario(4) { Author = "m02" };
        s.Open();
        s.Say("m02", "/vote approve", 1);
        s.Say("m01", "/vote approve", 2);
        s.Say("m03", "/vote approve", 3);
        s.Close(10);
        var result = s.Tally();
        Assert.AreEqual(3, result.Eligible);
        Assert.AreEqual(2, result.Approve);
        Assert.AreEqual(VoteOutcome.Approved, result.Outcome);
        Assert.AreEqual(new Recusal("m02", "author of the application", null), result.Recusals.Single());
        Assert.AreEqual("recused", result.NotCounted.Single().Why);
    }

    [TestMethod]
    public void Listed_maintainer_is_recused_in_any_case_and_however_the_form_wrote_the_handle()
    {
        var s = new VoteScenario(4);
        s.Maintainers.UnionWith(AnswerValues.Maintainers("@M03, https://github.com/m04").Handles);
        s.Open();
        var result = s.Tally();
        CollectionAssert.AreEqual(new[] { "m03", "m04" }, result.Recusals.Select(r => r.Member).ToArray());
        Assert.AreEqual(2, result.Eligible);
        Assert.IsTrue(result.Recusals.All(r => r.Why == "maintainer of the project"));
    }

    [TestMethod]
    public void Maintainers_listed_by_an_edit_of_the_application_during_the_vote_do_not_change_who_votes()
    {
        // Five members, m05 listed as a maintainer when the vote opened: two approvals of four eligible are not enough.
        var s = new VoteScenario(5);
        s.Maintainers.Add("m05");
        s.Open();
        string[] ballots = ["/vote approve", "/vote approve", "/vote decline no tests"];
        for (var i = 0; i < ballots.Length; i++)
        {
            s.Say($"m0{i + 1}", ballots[i], i + 1);
        }

        var frozen = s.TallyAndPublish();
        Assert.AreEqual(4, frozen.Eligible);

        // The applicant edits the form: the decliner and the member yet to vote become maintainers, m05 no longer is.
        s.Maintainers.Clear();
        s.Maintainers.UnionWith(["m03", "m04"]);
        s.Close(10);
        var closed = s.Tally();

        Assert.AreEqual(VoteOutcome.Declined, closed.Outcome);
        Assert.AreEqual(new Recusal("m05", "maintainer of the project", null), closed.Recusals.Single());
        Assert.AreEqual(1, closed.Decline);
    }

    [TestMethod]
    public void Member_recusing_by_command_leaves_the_base()
    {
        var s = new VoteScenario(10);
        s.Open();
        var recuse = s.Say("m10", "/vote recuse", 1);
        for (var i = 1; i <= 5; i++)
        {
            s.Say($"m{i:00}", "/vote approve", 1 + i);
        }

        s.Close(30);
        var result = s.Tally();
        Assert.AreEqual(9, result.Eligible);
        Assert.AreEqual(VoteOutcome.Approved, result.Outcome);
        Assert.AreEqual(recuse.HtmlUrl, result.Recusals.Single().CommentUrl);
    }

    [TestMethod]
    public void Recusal_before_opening_counts_and_after_close_does_not()
    {
        var s = new VoteScenario(4);
        s.Say("m01", "/vote recuse", -10);
        s.Open();
        s.Close(5);
        s.Say("m02", "/vote recuse", 6);
        var result = s.Tally();
        Assert.AreEqual("m01", result.Recusals.Single().Member);
        Assert.AreEqual("written after the vote closed", result.NotCounted.Single().Why);
    }

    /// <summary>
    /// The run that records the close listed a recusal it did not act on; every later run, reading the recusals from the
    /// closed state, left that line out and wrote the tally comment again.
    /// </summary>
    [TestMethod]
    public void Recusals_not_acted_on_stay_listed_after_the_close_is_recorded_so_a_rerun_writes_nothing()
    {
        var s = new VoteScenario(3);
        s.Open();
        s.Say("outsider", "/vote recuse", 1);
        s.Say("m01", "/vote approve", 2);
        s.Close(5);
        s.Say("m02", "/vote recuse", 6);
        var closing = s.TallyAndApply();
        CollectionAssert.AreEqual(
            new[] { "not a Working Group member", "written after the vote closed" }, closing.NotCounted.Select(n => n.Why).ToArray());

        var rerun = s.Tally();
        CollectionAssert.AreEqual(closing.NotCounted.ToArray(), rerun.NotCounted.ToArray());
        Assert.AreEqual(closing.TallyComment, rerun.TallyComment);
    }

    [TestMethod]
    public void Recusal_by_non_member_is_listed()
    {
        var s = new VoteScenario(2);
        s.Open();
        s.Say("outsider", "/vote recuse", 1);
        var result = s.Tally();
        Assert.IsEmpty(result.Recusals);
        Assert.AreEqual("not a Working Group member", result.NotCounted.Single().Why);
    }

    [TestMethod]
    public void Hidden_state_is_trusted_only_from_the_automation()
    {
        var s = new VoteScenario(2);
        s.Open();
        var forged = new VoteScenario(2) { Members = ["m01", "m02", "sock1", "sock2", "sock3"] };
        forged.Open();
        var forgedBody = forged.Tally().TallyComment!;
        s.Say("mallory", forgedBody, 1);
        s.Say("sock1", "/vote approve", 2);
        var result = s.Tally();
        CollectionAssert.AreEqual(new[] { "m01", "m02" }, result.Electorate.Members.ToArray());
        Assert.AreEqual(0, result.Approve);
    }

    [TestMethod]
    public void Previous_tally_comment_of_the_automation_is_used()
    {
        var s = new VoteScenario(2);
        s.Open();
        var first = s.Tally();
        s.Members = ["m09"];
        var result = s.TallyAfter(first.TallyComment!);
        CollectionAssert.AreEqual(new[] { "m01", "m02" }, result.Electorate.Members.ToArray());
    }

    [TestMethod]
    public void Unreadable_state_is_rebuilt_from_the_current_list()
    {
        var s = new VoteScenario(2);
        s.Open();
        var result = s.TallyAfter("<!-- ecosystem-bot:vote-tally -->\n<!-- ecosystem-bot:tally-state {not json} -->");
        CollectionAssert.AreEqual(new[] { "m01", "m02" }, result.Electorate.Members.ToArray());
    }

    [TestMethod]
    public void Closed_vote_keeps_its_electorate_whatever_refresh_appears_later()
    {
        var s = new VoteScenario(3);
        s.Open();
        var refresh = s.Say(VoteScenario.StaffLogin, "no refresh yet", 2);
        s.Say("m01", "/vote approve", 3);
        s.Say("m02", "/vote approve", 4);
        s.Close(10);
        var closed = s.TallyAndPublish();

        s.Members = ["m01", "m02", "m03", "m04", "m05", "m06"];
        s.Edit(refresh, "/vote refresh-members", 20);
        var later = s.Tally();
        Assert.HasCount(3, later.Electorate.Members);
        Assert.AreEqual((3, VoteOutcome.Approved), (later.Eligible, later.Outcome));
        Assert.AreEqual("written after the vote closed", later.NotCounted.Single().Why);
    }
}
