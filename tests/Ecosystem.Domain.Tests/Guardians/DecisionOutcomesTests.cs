using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using static Ecosystem.Domain.Tests.Guardians.Given;

namespace Ecosystem.Domain.Tests.Guardians;

[TestClass]
public sealed class DecisionOutcomesTests
{
    private static readonly DateTimeOffset Scheduled = Opened.AddDays(20);
    private static readonly DateTimeOffset Decided = new(2026, 4, 14, 18, 0, 0, TimeSpan.Zero);
    private static readonly string[] Marketing = ["mkt-anna", "mkt-ben"];

    private static DecisionOutcomes Outcomes => new(Rules, People);

    private static List<CommentSnapshot> Thread() =>
    [
        Comment("bob", Opened.AddDays(1), "Before scheduling: what about GPUs?", id: 1),
        Comment("carol", Scheduled.AddDays(2), "Please add a CONTRIBUTING file and publish wheels on PyPI.", id: 2),
        Comment("applicant", Scheduled.AddDays(3), "We will, thanks!", id: 3),
        Comment("alice", Scheduled.AddDays(4), "Also: @someone a release cadence in the README <b>please</b>.", id: 4),
        Comment("alice", Scheduled.AddDays(5), "/vote open", id: 5),
        Comment("bob", Decided.AddMinutes(5), "Written after the decision.", id: 6),
    ];

    private static readonly LabelEvent[] Events = [Added("In review", Automation, Scheduled), Added("Too early", "alice", Decided)];

    [TestMethod]
    public void Too_early_gathers_comments_since_scheduling_though_the_guard_put_back_the_label_an_outsider_removed()
    {
        var removed = Scheduled.AddDays(3);
        LabelEvent[] restored = [Events[0], Removed("In review", "mallory", removed), Added("In review", Automation, removed.AddHours(1)), Events[1]];

        var action = Outcomes.TooEarly(Application("In review", "Too early"), new OutcomeDecision(Decided, "alice"), Thread(), restored);

        StringAssert.Contains(action.Plan.Comments[0].Body, "CONTRIBUTING");
    }

    [TestMethod]
    public void Too_early_gathers_comments_since_staff_scheduled_again_after_an_outsiders_removal_the_guard_never_undid()
    {
        LabelEvent[] scheduledAgain =
            [Events[0], Removed("In review", "mallory", Scheduled.AddDays(1)), Added("In review", "alice", Scheduled.AddDays(3)), Events[1]];

        var action = Outcomes.TooEarly(Application("In review", "Too early"), new OutcomeDecision(Decided, "alice"), Thread(), scheduledAgain);

        Assert.DoesNotContain("CONTRIBUTING", action.Plan.Comments[0].Body, "written before staff scheduled it again");
        StringAssert.Contains(action.Plan.Comments[0].Body, "a release cadence");
    }

    [TestMethod]
    public void Too_early_gathers_staff_and_group_comments_since_scheduling_and_names_no_waiting_date()
    {
        var action = Outcomes.TooEarly(Application("In review", "Too early"), new OutcomeDecision(Decided, "alice"), Thread(), Events);

        Assert.AreEqual(new IssueStateChange(false, "not_planned"), action.Plan.State);
        CollectionAssert.AreEqual(new[] { "In review" }, action.Plan.RemoveLabels.ToArray());
        Assert.IsEmpty(action.Plan.AddLabels);
        Assert.HasCount(1, action.Plan.Comments);
        Assert.AreEqual(DecisionOutcomes.TooEarlyPurpose, action.Plan.Comments[0].Purpose);
        var body = action.Plan.Comments[0].Body;
        StringAssert.Contains(body, "CONTRIBUTING");
        // The three-month wait is the TAC's for a declined project; a too early one may apply again once the expectations are met.
        Assert.DoesNotContain("2026-07-13", body, "no 90-day wait after too early");
        StringAssert.Contains(body, "once the expectations above are met");
        Assert.DoesNotContain("what about GPUs", body, "before the application was scheduled");
        Assert.DoesNotContain("We will", body, "the applicant's own comment");
        Assert.DoesNotContain("after the decision", body);
        Assert.DoesNotContain("/vote open", body);
        GoldenFile.AssertMatches("outcome-too-early", body);
    }

    [TestMethod]
    public void Too_early_with_a_note_quotes_the_note_only()
    {
        var decision = new OutcomeDecision(Decided, "alice", "Come back with 5 active contributors.", "https://github.com/pytorch-fdn/ecosystem/issues/42#issuecomment-77");

        var body = Outcomes.TooEarly(Application("in voting"), decision, Thread(), Events).Plan.Comments[0].Body;

        StringAssert.Contains(body, "> Come back with 5 active contributors.");
        StringAssert.Contains(body, "issuecomment-77");
        Assert.DoesNotContain("CONTRIBUTING", body);
        GoldenFile.AssertMatches("outcome-too-early-note", body);
    }

    [TestMethod]
    public void Too_early_adds_its_label_when_decided_by_vote_and_a_rerun_plans_nothing()
    {
        var issue = Application("in voting");
        var decision = new OutcomeDecision(Decided, "alice", "Tests first.");
        var first = Outcomes.TooEarly(issue, decision, Thread(), Events);
        CollectionAssert.AreEqual(new[] { "Too early" }, first.Plan.AddLabels.ToArray());

        var (after, comments) = Apply(issue, Thread(), first.Plan, Decided);
        var again = Outcomes.TooEarly(after, decision, comments, Events);

        Assert.IsTrue(again.Plan.LeavesIssue, again.Summary);
        Assert.AreEqual(
            new BoardPlacement("Done") { MovedOnAt = Decided }, again.Plan.Board,
            "the board item is placed again: the applier writes it only when elsewhere");
    }

    [TestMethod]
    public void Too_early_goes_to_the_boards_done_column()
    {
        var action = Outcomes.TooEarly(Application("New", "Too early"), new OutcomeDecision(Decided, "alice"), Thread(), Events);

        Assert.AreEqual(new BoardPlacement("Done") { MovedOnAt = Decided }, action.Plan.Board, "decided: not left in the backlog as if still queued");
    }

    [TestMethod]
    public void Without_any_written_expectation_the_comment_says_staff_will_add_them()
    {
        var body = Outcomes.TooEarly(Application(), new OutcomeDecision(Decided, "alice"), [], []).Plan.Comments[0].Body;

        StringAssert.Contains(body, "No expectations were written");
    }

    [TestMethod]
    public void Community_highlight_comments_assigns_marketing_and_asks_for_the_board()
    {
        var action = Outcomes.CommunityHighlight(Application("In review", "Blog candidate"), new OutcomeDecision(Decided, "bob"), Thread(), Marketing, "pytorch-fdn/marketing");

        CollectionAssert.AreEqual(Marketing, action.Plan.AddAssignees.ToArray());
        Assert.AreEqual(new BoardPlacement("Done") { MovedOnAt = Decided }, action.Plan.Board);
        Assert.IsNull(action.Plan.State, "the issue stays open until the highlight is published");
        CollectionAssert.AreEqual(new[] { "In review" }, action.Plan.RemoveLabels.ToArray());
        GoldenFile.AssertMatches("outcome-community-highlight", action.Plan.Comments[0].Body);
    }

    [TestMethod]
    public void Community_highlight_mentions_a_team_given_with_an_at_sign_once_with_it()
    {
        var decision = new OutcomeDecision(Decided, "bob");

        var written = Outcomes.CommunityHighlight(Application("In review"), decision, Thread(), Marketing, "@pytorch-fdn/marketing");

        var bare = Outcomes.CommunityHighlight(Application("In review"), decision, Thread(), Marketing, "pytorch-fdn/marketing");
        Assert.AreEqual(bare.Plan.Comments[0].Body, written.Plan.Comments[0].Body);
        StringAssert.Contains(written.Plan.Comments[0].Body, "@pytorch-fdn/marketing");
    }

    [TestMethod]
    public void Community_highlight_without_marketing_people_names_the_foundation_staff()
    {
        var action = Outcomes.CommunityHighlight(Application("In review"), new OutcomeDecision(Decided, "bob"), Thread(), [], "");

        StringAssert.Contains(action.Plan.Comments[0].Body, "\n\nPyTorch Foundation staff will get in touch in this issue");
        Assert.IsEmpty(action.Plan.AddAssignees);
    }

    [TestMethod]
    public void Community_highlight_rerun_plans_nothing()
    {
        var issue = Application("Blog candidate");
        var decision = new OutcomeDecision(Decided, "bob");
        var first = Outcomes.CommunityHighlight(issue, decision, [], Marketing, "");
        var (after, comments) = Apply(issue, [], first.Plan, Decided);

        var again = Outcomes.CommunityHighlight(after with { Assignees = Marketing }, decision, comments, Marketing, "");

        Assert.IsTrue(again.Plan.LeavesIssue, again.Summary);
        StringAssert.Contains(again.Summary, "already carried out");
        // The board item is placed again: the gateway writes only when it is not in the column yet.
        Assert.AreEqual(new BoardPlacement("Done") { MovedOnAt = Decided }, again.Plan.Board);
    }

    [TestMethod]
    public void Highlight_done_closes_as_completed_once()
    {
        var open = Outcomes.CommunityHighlightDone(Application("Blog candidate", "Blog completed"), "alice");
        Assert.AreEqual(new IssueStateChange(false, "completed"), open.Plan.State);

        var closed = Outcomes.CommunityHighlightDone(Application("Blog candidate", "Blog completed") with { IsOpen = false }, "alice");
        Assert.IsTrue(closed.IsEmpty);
    }

    [TestMethod]
    public void Only_staff_mark_a_highlight_published_or_an_application_returning()
    {
        StringAssert.Contains(Outcomes.WaitsForStaff(42, "Blog completed", "bob")?.Summary, "#42: kept @bob adding label 'Blog completed'; it takes effect when staff add it.");
        Assert.IsNotNull(Outcomes.WaitsForStaff(42, "returning", "bob"));
        Assert.IsNull(Outcomes.WaitsForStaff(42, "Blog completed", "alice"));
        Assert.IsNull(Outcomes.WaitsForStaff(42, "Too early", "bob"));
    }
}
