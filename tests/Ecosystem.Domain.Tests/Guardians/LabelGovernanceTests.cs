using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;
using static Ecosystem.Domain.Tests.Guardians.Given;

namespace Ecosystem.Domain.Tests.Guardians;

[TestClass]
public sealed class LabelGovernanceTests
{
    private const string OnlyStaff = "only staff and Working Group members change labels.";
    private static readonly DateTimeOffset Later = Opened.AddDays(3);
    private readonly LabelGovernance _governance = new(Rules, People);

    [TestMethod]
    public void Non_member_adding_Accepted_is_reverted_with_one_explanation()
    {
        var issue = Application("New", "Accepted");

        var action = _governance.Review(issue, Added("Accepted", "mallory", Later), [], []);

        CollectionAssert.AreEqual(new[] { "Accepted" }, action.Plan.RemoveLabels.ToArray());
        Assert.IsEmpty(action.Plan.AddLabels);
        Assert.HasCount(1, action.Plan.Comments);
        Assert.AreEqual(LabelGovernance.Purpose, action.Plan.Comments[0].Purpose);
        Assert.IsNull(action.Plan.State);
        StringAssert.Contains(action.Summary, "mallory");
        GoldenFile.AssertMatches("label-governance", action.Plan.Comments[0].Body);
    }

    [TestMethod]
    public void Non_member_removing_a_label_gets_it_back()
    {
        var issue = Application();

        var action = _governance.Review(issue, Removed("In review", "applicant", Later), [], []);

        CollectionAssert.AreEqual(new[] { "In review" }, action.Plan.AddLabels.ToArray());
        Assert.IsEmpty(action.Plan.RemoveLabels);
        Assert.HasCount(1, action.Plan.Comments);
    }

    [TestMethod]
    public void Second_attempt_produces_the_same_comment_body()
    {
        var first = _governance.Review(Application("Accepted"), Added("Accepted", "mallory", Later), [], []);
        var second = _governance.Review(Application("In voting"), Added("In voting", "eve", Later.AddHours(1)), [], []);

        Assert.AreEqual(first.Plan.Comments[0].Body, second.Plan.Comments[0].Body);
    }

    [TestMethod]
    public void Second_attempt_after_the_explanation_only_reverts_the_label()
    {
        var issue = Application("Accepted");
        var first = _governance.Review(issue, Added("Accepted", "mallory", Later), [], []);
        var (reverted, comments) = Apply(issue, [], first.Plan, Later);

        var again = Apply(reverted, comments, new IssuePlan(42) { AddLabels = ["Accepted"] }, Later.AddHours(1)).Issue;
        var second = _governance.Review(again, Added("Accepted", "mallory", Later.AddHours(1)), [], comments);

        CollectionAssert.AreEqual(new[] { "Accepted" }, second.Plan.RemoveLabels.ToArray());
        Assert.IsEmpty(second.Plan.Comments, "the explanation is already there, word for word");
    }

    [TestMethod]
    public void Automation_own_revert_event_yields_an_empty_plan()
    {
        var issue = Application("Accepted");
        var first = _governance.Review(issue, Added("Accepted", "mallory", Later), [], []);
        var (reverted, comments) = Apply(issue, [], first.Plan, Later);

        var echo = _governance.Review(reverted, Removed("Accepted", Automation, Later), [], comments);

        Assert.IsTrue(echo.IsEmpty);
    }

    [TestMethod]
    public void A_person_named_like_the_automation_is_reverted()
    {
        // "ecosystem-bot" is a free login for a person; the automation is ecosystem-bot[bot], which no person can be.
        var action = _governance.Review(Application("Returning"), Added("Returning", "ecosystem-bot", Later), [], []);

        Assert.IsFalse(action.IsEmpty);
    }

    [TestMethod]
    [DataRow("ecosystem-bot[bot]")]
    [DataRow("helper-bot[bot]")]
    public void Automation_and_configured_bots_are_never_reverted(string actor)
    {
        var action = _governance.Review(Application("Returning"), Added("Returning", actor, Later), [], []);

        Assert.IsTrue(action.IsEmpty);
    }

    [TestMethod]
    public void Unconfigured_bot_is_reverted()
    {
        var action = _governance.Review(Application("Accepted"), Added("Accepted", "other-app[bot]", Later), [], []);

        CollectionAssert.AreEqual(new[] { "Accepted" }, action.Plan.RemoveLabels.ToArray());
        // The explanation is for people: a bot reads none, and the applicant, who changed nothing, is not told off in its stead.
        Assert.IsEmpty(action.Plan.Comments);
        StringAssert.Contains(action.Summary, "people.automation");
    }

    [TestMethod]
    [DataRow("alice")]
    [DataRow("BOB")]
    [DataRow("carol")]
    public void Staff_and_Working_Group_changes_are_kept(string actor)
    {
        var action = _governance.Review(Application("Accepted"), Added("Accepted", actor, Later), [], []);

        Assert.IsTrue(action.IsEmpty);
        StringAssert.Contains(action.Summary, "kept");
    }

    [TestMethod]
    [DataRow("ecosystem-bot[bot]", "#42: kept adding label 'Accepted': the automation made it.")]
    [DataRow("Helper-Bot[bot]", "#42: kept adding label 'Accepted': @Helper-Bot[bot], a bot listed in people.automation, made it.")]
    public void Trusted_bot_changes_are_kept_naming_which_bot(string actor, string summary)
    {
        var action = _governance.Review(Application("Accepted"), Added("Accepted", actor, Later), [], []);

        Assert.IsTrue(action.IsEmpty);
        Assert.AreEqual(summary, action.Summary);
    }

    [TestMethod]
    [DataRow("ecosystem-bot[bot]", "Accepted", true, "#42: kept adding label 'Accepted': the automation made it.", false)]
    [DataRow("helper-bot", "Too early", true, "#42: kept adding label 'Too early': @helper-bot, a bot listed in people.automation, made it.", false)]
    [DataRow("alice", "Accepted", false, "#42: kept @alice removing label 'Accepted': staff or Working Group.", false)]
    [DataRow("carol", "Too early", true, "#42: kept @carol adding label 'Too early': staff or Working Group.", true)]
    [DataRow("BOB", "returning", true, "#42: kept @BOB adding label 'returning'; it takes effect when staff add it.", false)]
    [DataRow("alice", "Returning", true, "#42: kept @alice adding label 'Returning': staff or Working Group.", true)]
    [DataRow("alice", "Too early", false, "#42: kept @alice removing label 'Too early': staff or Working Group.", false)]
    public void A_trusted_change_is_kept_from_the_change_alone_and_an_outcome_label_by_a_person_is_carried_out(
        string actor, string label, bool added, string summary, bool carryOut)
    {
        Assert.AreEqual((summary, carryOut), _governance.Trusted(42, actor, label, added));
    }

    /// <summary>
    /// A repository set up by init lists no staff and no Working Group yet (GitHub lets only its collaborators label): each
    /// label its own staff changed was undone, with a comment telling the applicant that only staff may; with nobody to defer
    /// to, every change is kept as a trusted one, and the summary says what to list.
    /// </summary>
    [TestMethod]
    public void With_nobody_in_people_every_change_is_kept_and_the_summary_says_to_list_them()
    {
        var governance = new LabelGovernance(Rules, People with { Staff = [], WorkingGroup = [] });

        Assert.AreEqual(
            ("#42: kept @mallory adding label 'Too early': people.staff and people.working-group name nobody, so no label change is undone.", true),
            governance.Trusted(42, "mallory", "Too early", added: true));
        Assert.IsTrue(governance.Review(Application("New", "Accepted"), Added("Accepted", "mallory", Later), [], []).IsEmpty);
    }

    [TestMethod]
    [DataRow("mallory")]
    [DataRow("other-app[bot]")]
    [DataRow("ecosystem-bot")]
    public void An_untrusted_change_is_left_to_the_review(string actor)
    {
        Assert.IsNull(_governance.Trusted(42, actor, "Too early", added: true));
    }

    [TestMethod]
    [DataRow("applicant")]
    [DataRow("Applicant")]
    public void Form_New_label_at_opening_is_not_a_change_by_the_applicant(string actor)
    {
        var action = _governance.Review(Application("New"), Added("New", actor, Opened.AddSeconds(2)), [], []);

        Assert.IsTrue(action.IsEmpty);
    }

    [TestMethod]
    public void New_label_added_by_the_applicant_later_is_reverted()
    {
        var action = _governance.Review(Application("New"), Added("New", "applicant", Opened.AddMinutes(5)), [], []);

        CollectionAssert.AreEqual(new[] { "New" }, action.Plan.RemoveLabels.ToArray());
    }

    [TestMethod]
    public void Application_label_preset_by_the_form_is_kept_at_opening_and_reverted_later()
    {
        var governance = new LabelGovernance(Rules with { Labels = Rules.Labels with { Application = "ecosystem-application" } }, People);
        var issue = Application("New", "Ecosystem-Application");

        var atOpening = governance.Review(issue, Added("ecosystem-application", "applicant", Opened.AddSeconds(2)), [], []);
        var later = governance.Review(issue, Added("ecosystem-application", "applicant", Opened.AddMinutes(5)), [], []);

        Assert.IsTrue(atOpening.IsEmpty);
        CollectionAssert.AreEqual(new[] { "Ecosystem-Application" }, later.Plan.RemoveLabels.ToArray());
    }

    [TestMethod]
    public void Another_label_at_opening_by_the_applicant_is_reverted()
    {
        var action = _governance.Review(Application("New", "Accepted"), Added("Accepted", "applicant", Opened.AddSeconds(2)), [], []);

        CollectionAssert.AreEqual(new[] { "Accepted" }, action.Plan.RemoveLabels.ToArray());
    }

    [TestMethod]
    public void Change_already_undone_by_someone_else_needs_nothing()
    {
        var action = _governance.Review(Application(), Added("Accepted", "mallory", Later), [], []);

        Assert.IsTrue(action.IsEmpty);
        StringAssert.Contains(action.Summary, "already undone");
    }

    /// <summary>Both event runs come after both changes: the label staff set is there at each, and stays.</summary>
    [TestMethod]
    public void An_outsider_putting_back_a_label_they_removed_undoes_nothing()
    {
        LabelEvent[] events =
        [
            Added("In review", "alice", Opened.AddDays(1)),
            Removed("In review", "mallory", Later),
            Added("In review", "mallory", Later.AddMinutes(1)),
        ];

        var removal = _governance.Review(Application("In review"), events[1], events, []);
        var putBack = _governance.Review(Application("In review"), events[2], events, []);

        Assert.IsTrue(removal.IsEmpty);
        Assert.AreEqual("#42: @mallory removing label 'In review' is already undone.", removal.Summary);
        Assert.IsTrue(putBack.IsEmpty);
        Assert.AreEqual(
            "#42: kept @mallory adding label 'In review': it puts the label back as it was before anyone not trusted with labels changed it.",
            putBack.Summary);
    }

    [TestMethod]
    public void An_outsider_taking_off_a_label_they_added_undoes_nothing()
    {
        LabelEvent[] events = [Added("Accepted", "mallory", Later), Removed("Accepted", "mallory", Later.AddMinutes(1))];

        Assert.IsTrue(_governance.Review(Application(), events[0], events, []).IsEmpty);
        Assert.IsTrue(_governance.Review(Application(), events[1], events, []).IsEmpty);
    }

    /// <summary>The outsiders' changes count together, whoever made each: the label goes back to how staff left it.</summary>
    [TestMethod]
    public void Outsiders_changes_are_undone_as_a_whole()
    {
        LabelEvent[] putBackByAnother = [Removed("In review", "eve", Later), Added("In review", "mallory", Later.AddMinutes(1))];
        LabelEvent[] removedAgain = [.. putBackByAnother, Removed("In review", "mallory", Later.AddMinutes(2))];

        var keep = _governance.Review(Application("In review"), putBackByAnother[1], putBackByAnother, []);
        var undo = _governance.Review(Application(), removedAgain[2], removedAgain, []);

        Assert.IsTrue(keep.IsEmpty);
        CollectionAssert.AreEqual(new[] { "In review" }, undo.Plan.AddLabels.ToArray());
        Assert.HasCount(1, undo.Plan.Comments);
    }

    /// <summary>
    /// A run late enough to find a later outsider's change reversing the one it reviews undoes that one: the summary says
    /// what the plan does, not the reviewed change's own direction. One outsider's one change is named as before.
    /// </summary>
    [TestMethod]
    public void The_summary_says_what_the_plan_does_when_a_later_outsiders_change_reversed_the_reviewed_one()
    {
        LabelEvent[] removedAgain =
        [
            Removed("In review", "eve", Later), Added("In review", "mallory", Later.AddMinutes(1)), Removed("In review", "eve", Later.AddMinutes(2)),
        ];
        LabelEvent[] addedAgain =
            [Added("Accepted", "mallory", Later), Removed("Accepted", "mallory", Later.AddMinutes(1)), Added("Accepted", "eve", Later.AddMinutes(2))];
        LabelEvent[] once = [Added("Accepted", "mallory", Later)];

        var putBack = _governance.Review(Application(), removedAgain[1], removedAgain, []);
        var tookOff = _governance.Review(Application("Accepted"), addedAgain[1], addedAgain, []);
        var single = _governance.Review(Application("Accepted"), once[0], once, []);

        CollectionAssert.AreEqual(new[] { "In review" }, putBack.Plan.AddLabels.ToArray());
        Assert.AreEqual(
            $"#42: put back label 'In review', as it was before anyone not trusted with labels changed it: {OnlyStaff}",
            putBack.Summary);
        CollectionAssert.AreEqual(new[] { "Accepted" }, tookOff.Plan.RemoveLabels.ToArray());
        Assert.AreEqual(
            $"#42: took off label 'Accepted', as it was before anyone not trusted with labels changed it: {OnlyStaff}",
            tookOff.Summary);
        Assert.AreEqual($"#42: undid @mallory adding label 'Accepted': {OnlyStaff}", single.Summary);
    }

    /// <summary>
    /// "dave" set the label while in the Working Group and has left it since: the label stood for months, so an outsider
    /// taking it off is undone, not taken for putting back how it was before dave's change.
    /// </summary>
    [TestMethod]
    public void An_outsiders_removal_of_a_label_a_former_member_set_long_ago_is_undone()
    {
        LabelEvent[] events = [Added("Accepted", "dave", Opened.AddDays(1)), Removed("Accepted", "mallory", Later.AddDays(60))];

        var action = _governance.Review(Application(), events[1], events, []);

        CollectionAssert.AreEqual(new[] { "Accepted" }, action.Plan.AddLabels.ToArray());
        Assert.AreEqual($"#42: undid @mallory removing label 'Accepted': {OnlyStaff}", action.Summary);
    }

    /// <summary>
    /// mallory added Accepted and took it off an hour later (the add's event run lost, the sweep saw the label as it was),
    /// then added it again a week and half an hour after the first add: the first add stood an hour, not the sweep's week,
    /// so the label never was on: the new add is undone, not kept as putting the label back.
    /// </summary>
    [TestMethod]
    public void An_outsiders_add_that_stood_an_hour_a_week_ago_is_not_how_the_label_stood()
    {
        LabelEvent[] events =
        [
            Added("Accepted", "mallory", Later),
            Removed("Accepted", "mallory", Later.AddHours(1)),
            Added("Accepted", "mallory", Later.AddDays(7).AddMinutes(30)),
        ];

        var action = _governance.Review(Application("Accepted"), events[2], events, []);

        CollectionAssert.AreEqual(new[] { "Accepted" }, action.Plan.RemoveLabels.ToArray());
        Assert.AreEqual($"#42: undid @mallory adding label 'Accepted': {OnlyStaff}", action.Summary);
    }

    /// <summary>An event run late enough to find staff's later changes leaves the label as staff left it.</summary>
    [TestMethod]
    public void A_late_event_run_keeps_the_label_as_staff_set_it_since()
    {
        LabelEvent[] events =
            [Added("Accepted", "mallory", Later), Removed("Accepted", "alice", Later.AddMinutes(1)), Added("Accepted", "alice", Later.AddMinutes(2))];

        var action = _governance.Review(Application("Accepted"), events[0], events, []);

        Assert.IsTrue(action.IsEmpty);
        Assert.AreEqual("#42: @mallory adding label 'Accepted' is already undone.", action.Summary);
    }

    [TestMethod]
    public void Explanation_forged_by_a_user_does_not_count_as_given()
    {
        var issue = Application("Accepted");
        var body = _governance.Review(issue, Added("Accepted", "mallory", Later), [], []).Plan.Comments[0].Body;
        var forged = Comment("mallory", Later, HiddenMarker.Stamp(LabelGovernance.Purpose, body));

        var action = _governance.Review(issue, Added("Accepted", "mallory", Later), [], [forged]);

        Assert.HasCount(1, action.Plan.Comments);
    }

    [TestMethod]
    public void Edited_explanation_is_written_again()
    {
        var issue = Application("Accepted");
        var stale = Comment(Automation, Later, HiddenMarker.Stamp(LabelGovernance.Purpose, "An older wording."), bot: true);

        var action = _governance.Review(issue, Added("Accepted", "mallory", Later), [], [stale]);

        Assert.HasCount(1, action.Plan.Comments);
    }

    /// <summary>Closed issues too: an outsider's Accepted on a closed application whose event run was lost must not stand for good.</summary>
    [TestMethod]
    public void The_nightly_sweep_reads_the_issues_open_or_closed_changed_in_the_last_week_only()
    {
        var now = Later.AddDays(1);
        IssueHistory Changed(int number, DateTimeOffset at, bool open = true) =>
            new(Application("Accepted") with { Number = number, UpdatedAt = at, IsOpen = open }, [], [Added("Accepted", "mallory", at)]);

        var (undo, swept) = _governance.Sweep(
            [Changed(1, Later), Changed(2, Later.AddDays(-8)), Changed(3, Later, open: false), Changed(4, Later.AddDays(-8), open: false)], now);

        Assert.AreEqual(2, swept);
        CollectionAssert.AreEqual(new[] { 1, 3 }, undo.Select(u => u.History.Issue.Number).ToArray());
        CollectionAssert.AreEqual(new[] { "Accepted" }, undo[1].Undo.Plan.RemoveLabels.ToArray());
    }

    [TestMethod]
    public void The_nightly_sweep_undoes_only_the_latest_change_of_each_label_when_no_trusted_person_made_it()
    {
        var issue = Application("Accepted", "Declined") with { UpdatedAt = Later };
        LabelEvent[] events = [Added("Accepted", "mallory", Later.AddHours(-2)), Removed("Accepted", "alice", Later.AddHours(-1)), Added("Accepted", "alice", Later), Added("Declined", "mallory", Later)];

        var (undo, _) = _governance.Sweep([new IssueHistory(issue, [], events)], Later.AddDays(1));

        CollectionAssert.AreEqual(new[] { "Declined" }, undo.Single().Undo.Plan.RemoveLabels.ToArray());
    }

    [TestMethod]
    public void The_nightly_sweep_finds_nothing_to_undo_in_an_outsiders_changes_that_undo_each_other()
    {
        var issue = Application("In review") with { UpdatedAt = Later };
        LabelEvent[] events =
        [
            Added("In review", "alice", Opened.AddDays(1)),
            Removed("In review", "mallory", Later.AddHours(-2)),
            Added("Accepted", "mallory", Later.AddHours(-2)),
            Added("In review", "mallory", Later.AddHours(-1)),
            Removed("Accepted", "mallory", Later.AddHours(-1)),
        ];

        var (undo, swept) = _governance.Sweep([new IssueHistory(issue, [], events)], Later.AddDays(1));

        Assert.AreEqual(1, swept);
        Assert.IsEmpty(undo);
    }
}
