using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.TestServer.Faults;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Commands.Guard;

/// <summary>
/// Outcome labels added by staff or the Working Group carry out their effects, once: Too early closes with the
/// expectations (and no waiting date), Blog candidate comments, assigns marketing and moves the board, Blog
/// completed closes.
/// </summary>
[TestClass]
public sealed class OutcomesEndToEndTests
{
    private const string Marketing = """
        people:
          marketing:
            users: [mkt-anna]
            team: pytorch-fdn/marketing
        """;

    private const string Board = """

        board:
          owner: "pytorch-fdn"
          number: 6
        """;

    [TestMethod]
    public async Task Too_early_by_staff_closes_as_not_planned_with_the_expectations_and_no_waiting_date_then_a_rerun_writes_nothing()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = ReviewedApplication(scenario);
        issue.AddComment(World.WorkingGroupMember, "Please publish wheels on PyPI and add GPU CI.", at: World.Now.AddDays(-2));
        issue.AddComment("alice", "Thanks, we are on it.", at: World.Now.AddDays(-1));
        issue.AddLabel("Too early", World.Staff);

        var result = await scenario.LabelChangedAsync(issue, "Too early", World.Staff);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("closed", issue.State);
        Assert.AreEqual("not_planned", issue.StateReason);
        CollectionAssert.AreEquivalent(new[] { "Too early" }, issue.Labels.ToArray());
        var comment = World.CommentsBy(issue, World.Automation).Single();
        StringAssert.Contains(comment.Body, "<!-- ecosystem-bot:outcome-too-early -->");
        StringAssert.Contains(comment.Body, "> Please publish wheels on PyPI and add GPU CI.");
        Assert.DoesNotContain("we are on it", comment.Body, "the applicant's comment is no expectation");
        Assert.DoesNotContain("2027-02-25", comment.Body, "no 90-day wait after too early");
        StringAssert.Contains(comment.Body, $"link this one (#{issue.Number})");
        Assert.HasCount(3, result.WriteRequests, "the comment, the label it replaces removed by name, then the close: " + result);

        var again = await scenario.LabelChangedAsync(issue, "Too early", World.Staff);

        Assert.AreEqual(0, again.ExitCode, again.ToString());
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    /// <summary>
    /// Staff's Too early refused at the close, the applier's last write: open under its comment, In review off. The nightly
    /// pass watched it and left it so; now it finishes the close, once.
    /// </summary>
    [TestMethod]
    public async Task Too_early_stopped_before_the_close_is_closed_by_the_nightly_guard()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = ReviewedApplication(scenario);
        issue.AddLabel("Too early", World.Staff);
        scenario.Server.Faults.Add("PATCH", "/repos/{owner}/{repo}/issues/{issue_number}", Fault.Status(422, "Validation Failed"));
        var stopped = await scenario.LabelChangedAsync(issue, "Too early", World.Staff);
        Assert.AreEqual("open", issue.State, stopped.ToString());
        CollectionAssert.AreEquivalent(new[] { "Too early" }, issue.Labels.ToArray());

        scenario.Time.Advance(TimeSpan.FromDays(1));
        var night = await scenario.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        Assert.AreEqual("closed", issue.State, night.ToString());
        Assert.AreEqual("not_planned", issue.StateReason);
        Assert.HasCount(1, World.CommentsBy(issue, World.Automation));
        Assert.HasCount(1, night.WriteRequests, "only the close: " + night);
        Assert.IsEmpty((await scenario.NightlyAsync()).WriteRequests);
    }

    /// <summary>
    /// Staff add an outcome label by mistake and take it off again before the guard's run for the add starts (a runner takes
    /// tens of seconds): the run put the label back and carried it out (Too early closed the application, a community
    /// highlight assigned marketing and moved the card to done), undoing staff's correction. A label no longer on the issue is
    /// no decision: nothing is carried out, and nothing is read beyond the issue.
    /// </summary>
    [TestMethod]
    [DataRow("Too early")]
    [DataRow("Blog candidate")]
    [DataRow("Blog completed")]
    [DataRow("Returning")]
    public async Task An_outcome_label_staff_took_off_again_before_the_run_is_not_carried_out(string label)
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = ReviewedApplication(scenario);
        issue.AddLabel("Waiting on comment", World.Staff, World.Now.AddDays(-1));
        issue.AddLabel(label, World.Staff);
        issue.RemoveLabel(label, World.Staff, World.Now.AddSeconds(20));

        var result = await scenario.LabelChangedAsync(issue, label, World.Staff);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        Assert.AreEqual("open", issue.State);
        CollectionAssert.DoesNotContain(issue.Labels.ToArray(), label);
        StringAssert.Contains(result.Stdout, "taken off");
    }

    [TestMethod]
    public async Task Too_early_by_a_stranger_is_undone_by_the_label_guard()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = ReviewedApplication(scenario);
        issue.AddLabel("Too early", "mallory");

        var result = await scenario.LabelChangedAsync(issue, "Too early", "mallory");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("open", issue.State);
        CollectionAssert.DoesNotContain(issue.Labels.ToArray(), "Too early");
        StringAssert.Contains(World.CommentsBy(issue, World.Automation).Single().Body, "ecosystem-bot:label-governance");
    }

    [TestMethod]
    public async Task Blog_candidate_comments_assigns_marketing_and_moves_the_board_then_a_rerun_writes_nothing()
    {
        await using var scenario = await World.Guard().StartAsync();
        var (issue, item) = ReviewedOnBoardWithMarketing(scenario, "In progress");
        issue.AddLabel("Blog candidate", World.WorkingGroupMember);

        var result = await scenario.LabelChangedAsync(issue, "Blog candidate", World.WorkingGroupMember);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("open", issue.State);
        CollectionAssert.AreEquivalent(new[] { "mkt-anna", "mkt-ben" }, issue.Assignees.ToArray());
        Assert.AreEqual("Done", item.ValueOf("Status"));
        var comment = World.CommentsBy(issue, World.Automation).Single();
        StringAssert.Contains(comment.Body, "<!-- ecosystem-bot:outcome-community-highlight -->");
        StringAssert.Contains(comment.Body, "@pytorch-fdn/marketing @mkt-anna @mkt-ben");
        StringAssert.Contains(comment.Body, "**Blog completed**");
        CollectionAssert.AreEquivalent(new[] { "Blog candidate" }, issue.Labels.ToArray());

        var again = await scenario.LabelChangedAsync(issue, "Blog candidate", World.WorkingGroupMember);

        Assert.AreEqual(0, again.ExitCode, again.ToString());
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    /// <summary>
    /// Staff keep the application "On hold"; a Working Group member adds Blog candidate, and GitHub refuses the board's write.
    /// The rerun of the event found the comment posted and the review label off, so the application no longer moved on in
    /// its run and stayed "On hold" for good. Now the placement carries the decision's time, after staff's move: the rerun
    /// moves it to Done, and a third run writes nothing.
    /// </summary>
    [TestMethod]
    public async Task Blog_candidate_on_an_item_staff_kept_on_hold_reaches_done_on_the_rerun_after_a_refused_move()
    {
        await using var scenario = await World.Guard().StartAsync();
        var (issue, item) = ReviewedOnBoardWithMarketing(scenario, "On hold");
        scenario.Time.Advance(TimeSpan.FromMinutes(5));
        issue.AddLabel("Blog candidate", World.WorkingGroupMember);
        // The reads before the board's write, as a dry run makes them; GitHub then refuses every write on the board.
        var dryRun = await scenario.LabelChangedAsync(issue, "Blog candidate", World.WorkingGroupMember, true, "--dry-run");
        var reads = dryRun.Requests.Count(r => r.IsGraphQL);
        scenario.Server.Faults.Add("POST", "/api/graphql", new FaultHits(reads + 1, 100), Fault.Status(403, "Forbidden"));

        var refused = await scenario.LabelChangedAsync(issue, "Blog candidate", World.WorkingGroupMember);
        scenario.Server.Faults.Clear();
        var left = item.ValueOf("Status");
        var rerun = await scenario.LabelChangedAsync(issue, "Blog candidate", World.WorkingGroupMember);
        var again = await scenario.LabelChangedAsync(issue, "Blog candidate", World.WorkingGroupMember);

        Assert.AreEqual(0, refused.ExitCode, refused.ToString());
        Assert.AreEqual("On hold", left, refused.ToString());
        StringAssert.Contains(refused.Stdout, "::warning");
        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        Assert.AreEqual("Done", item.ValueOf("Status"), rerun.ToString());
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    [TestMethod]
    public async Task Blog_completed_by_staff_closes_the_application()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-40), "Blog candidate");
        issue.AddLabel("Blog completed", World.Staff);

        var result = await scenario.LabelChangedAsync(issue, "Blog completed", World.Staff);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("closed", issue.State);
        Assert.AreEqual("completed", issue.StateReason);
        Assert.HasCount(1, result.WriteRequests, result.ToString());
        Assert.IsEmpty((await scenario.LabelChangedAsync(issue, "Blog completed", World.Staff)).WriteRequests);
    }

    [TestMethod]
    public async Task Blog_completed_by_a_Working_Group_member_is_kept_but_closes_nothing()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-40), "Blog candidate");
        issue.AddLabel("Blog completed", World.WorkingGroupMember);

        var result = await scenario.LabelChangedAsync(issue, "Blog completed", World.WorkingGroupMember);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("open", issue.State);
        Assert.IsEmpty(result.WriteRequests, result.ToString());
    }

    /// <summary>
    /// A <see cref="ReviewedApplication"/> whose item is in <paramref name="column"/> of board #6 (New, In progress, Done and
    /// staff's own On hold), with people.marketing: mkt-anna and the team pytorch-fdn/marketing (mkt-ben).
    /// </summary>
    private static (Issue Issue, ProjectItem Item) ReviewedOnBoardWithMarketing(World scenario, string column)
    {
        var configuration = World.Fixture("Commands/Guard/Fixtures/ecosystem.yml").Replace("people:\n", Marketing + "\n", StringComparison.Ordinal);
        scenario.Run.WithFile(".github/ecosystem.yml", configuration + Board);
        scenario.State.AddTeam("pytorch-fdn", "marketing").WithMembers("mkt-ben");
        scenario.State.AddUser("mkt-anna");
        var issue = ReviewedApplication(scenario);
        var item = scenario.State.AddProject("pytorch-fdn", 6, "Ecosystem").WithSingleSelectField("Status", "New", "In progress", "Done", "On hold")
            .AddItem(issue).WithValue("Status", column);
        return (issue, item);
    }

    private static Issue ReviewedApplication(World scenario)
    {
        var issue = scenario.AddApplication(World.Now.AddDays(-30), "New");
        issue.RemoveLabel("New", World.Automation, World.Now.AddDays(-14));
        issue.AddLabel("In review", World.Automation, World.Now.AddDays(-14));
        issue.AddComment(World.WorkingGroupMember, "Before the review: how do you test?", at: World.Now.AddDays(-20));
        return issue;
    }
}
