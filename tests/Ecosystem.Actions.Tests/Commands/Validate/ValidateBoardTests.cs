using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.TestServer.Faults;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Commands.Validate;

/// <summary>With a board configured, intake puts new applications into its backlog column.</summary>
[TestClass]
public sealed class ValidateBoardTests
{
    private const string Board = """
        board:
          owner: "pytorch-fdn"
          number: 6
          columns:
            backlog: "New"

        """;

    /// <summary>The account the automation ran under before a switch (<c>people.former-automation</c>).</summary>
    private const string Former = "github-actions[bot]";

    [TestMethod]
    public async Task Application_not_on_the_board_is_added_to_the_backlog_once()
    {
        await using var world = await World.Intake().StartAsync();
        var project = AddBoard(world.State);
        world.WithConfiguration(world.PackageIndexes + Board);
        var issue = world.Apply(World.Body("complete"));

        var first = await world.OpenedAsync(issue);
        var second = await world.OpenedAsync(issue);

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        Assert.AreEqual("New", project.ItemFor(issue)?.ValueOf("Status"));
        Assert.IsEmpty(second.WriteRequests, second.ToString());
    }

    [TestMethod]
    public async Task Application_already_on_the_board_stays_in_its_column()
    {
        await using var world = await World.Intake().StartAsync();
        var project = AddBoard(world.State);
        world.WithConfiguration(world.PackageIndexes + Board);
        var issue = world.Apply(World.Body("complete"));
        project.AddItem(issue).WithValue("Status", "In progress");

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("In progress", project.ItemFor(issue)?.ValueOf("Status"));
        Assert.IsFalse(result.WriteRequests.Any(r => r.IsGraphQL), result.ToString());
    }

    /// <summary>
    /// A declined application comes back (<c>/ecosystem returning</c>): the guard labels it, reopens it and moves its item
    /// from Done to the backlog, but GitHub refuses the board's write. A rerun of the guard finds no request left to grant,
    /// and intake (run again after a return, and on every edit) left an item already in a column where it was, so the
    /// application stayed in Done for good. Now intake takes an open application neither in voting nor decided out of
    /// Done, and a third round writes nothing.
    /// </summary>
    [TestMethod]
    public async Task A_returned_application_left_in_done_by_a_refused_move_goes_back_to_the_backlog_on_the_next_intake()
    {
        await using var world = await World.Intake().StartAsync();
        var project = AddBoard(world.State);
        var (issue, _, guard) = AskingToReturn(world, project, "Done", TimeSpan.Zero);
        Task<RunResult> Guard() => guard([]);
        Task<RunResult> Intake() => world.Run.RunAsync("workflow_dispatch", EventPayloads.WorkflowDispatch(
            new Dictionary<string, string> { ["issue"] = issue.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) }), "validate");

        var refused = await RefusingTheBoardsWrite(world, guard);
        var left = project.ItemFor(issue)?.ValueOf("Status");
        var guardAgain = await Guard();
        var intake = await Intake();
        var third = (Guard: await Guard(), Intake: await Intake());

        Assert.AreEqual(0, refused.ExitCode, refused.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "Returning" }, issue.Labels.ToArray());
        Assert.AreEqual(("open", "Done"), (issue.State, left), refused.ToString());
        StringAssert.Contains(refused.Stdout, "::warning");
        Assert.IsEmpty(guardAgain.WriteRequests, guardAgain.ToString());
        Assert.AreEqual(0, intake.ExitCode, intake.ToString());
        Assert.AreEqual("New", project.ItemFor(issue)?.ValueOf("Status"), intake.ToString());
        Assert.IsEmpty(third.Guard.WriteRequests, third.Guard.ToString());
        Assert.IsEmpty(third.Intake.WriteRequests, third.Intake.ToString());
    }

    /// <summary>
    /// Staff kept a declined application "On hold", a column of their own; it comes back and GitHub refuses the guard's board
    /// write. Neither a rerun of the guard (no request left to grant) nor intake (which leaves staff's column alone) moved it,
    /// so it stayed "On hold" for good. Intake now reads the guard's reply before planning: an item staff put in their column
    /// before the return moves to the backlog, and one they put there after the return stays. One never reviewed, waiting on
    /// its applicant, is answered as a plain answer instead of the reply, which intake did not read: it stayed "On hold" though
    /// its labels say it is back in the backlog, until the answer named the request it granted. Either is read as the
    /// automation's after a switch of its account, when the guard wrote it under the account listed in
    /// <c>people.former-automation</c>.
    /// </summary>
    [TestMethod]
    [DataRow(true, false, DisplayName = "declined")]
    [DataRow(false, false, DisplayName = "never reviewed, waiting on its applicant")]
    [DataRow(true, true, DisplayName = "declined, answered under the former account")]
    [DataRow(false, true, DisplayName = "never reviewed, answered under the former account")]
    public async Task A_returned_application_kept_on_hold_before_its_return_goes_to_the_backlog_on_the_next_intake(bool declined, bool switched)
    {
        await using var world = await World.Intake().StartAsync();
        var project = AddBoard(world.State, "On hold");
        var (issue, item, guard) = AskingToReturn(world, project, "On hold", TimeSpan.FromMinutes(5), declined);
        world.State.AuthenticatedLogin = switched ? Former : World.Automation;

        var refused = await RefusingTheBoardsWrite(world, guard);
        var left = item.ValueOf("Status");
        world.State.AuthenticatedLogin = World.Automation;
        var intake = await world.OpenedAsync(issue);
        var moved = item.ValueOf("Status");
        world.Time.Advance(TimeSpan.FromMinutes(5));
        item.WithValue("Status", "On hold");
        var later = await world.OpenedAsync(issue);

        Assert.AreEqual(0, refused.ExitCode, refused.ToString());
        CollectionAssert.AreEquivalent(declined ? new[] { "New", "Returning" } : ["New"], issue.Labels.ToArray(), refused.ToString());
        Assert.AreEqual(("open", "On hold"), (issue.State, left), refused.ToString());
        Assert.AreEqual(0, intake.ExitCode, intake.ToString());
        Assert.AreEqual("New", moved, intake.ToString());
        Assert.AreEqual("On hold", item.ValueOf("Status"), later.ToString());
        Assert.IsEmpty(later.WriteRequests, later.ToString());
    }

    [TestMethod]
    public async Task Application_on_more_projects_than_a_page_holds_stays_in_its_column_on_our_board()
    {
        await using var world = await World.Intake().StartAsync();
        var issue = world.Apply(World.Body("complete"));
        // Added to other boards before ours: GitHub lists an issue's project items 100 a page at most.
        for (var number = 100; number < 205; number++)
        {
            world.State.AddProject("pytorch-fdn", number, $"Other board {number}").WithSingleSelectField("Status", "Todo").AddItem(issue);
        }

        var project = AddBoard(world.State);
        world.WithConfiguration(world.PackageIndexes + Board);
        project.AddItem(issue).WithValue("Status", "In progress");

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("In progress", project.ItemFor(issue)?.ValueOf("Status"));
        Assert.IsFalse(result.WriteRequests.Any(r => r.IsGraphQL), result.ToString());
    }

    [TestMethod]
    public async Task Board_out_of_reach_is_a_warning_and_the_report_is_still_posted()
    {
        await using var world = await World.Intake().StartAsync();
        world.WithConfiguration(world.PackageIndexes + Board);
        var issue = world.Apply(World.Body("missing-contact-emails"));

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(
            result.Stdout, "::warning title=Validate::1 application was checked, but the board (project #6 of pytorch-fdn) was not updated");
        Assert.HasCount(1, issue.Comments);
        Assert.DoesNotContain("::error", result.Stdout);
    }

    /// <summary>
    /// A column the board lacks, or a status field named otherwise, is the configuration's: each warning names its key,
    /// where every board problem ended with "The token needs Projects read and write access", sending staff to the token.
    /// </summary>
    [TestMethod]
    [DataRow("columns:\n    backlog: \"Backlog\"",
        "board.columns.backlog: project #6 of pytorch-fdn (\"Ecosystem\") has no 'Status' option 'Backlog'")]
    [DataRow("status-field: \"Stage\"", "board.status-field: project #6 of pytorch-fdn has no single-select field named 'Stage'")]
    public async Task A_board_configured_unlike_the_project_is_a_warning_naming_the_key_and_not_the_token(string keys, string warning)
    {
        await using var world = await World.Intake().StartAsync();
        AddBoard(world.State);
        world.WithConfiguration(world.PackageIndexes + "board:\n  owner: \"pytorch-fdn\"\n  number: 6\n  " + keys + "\n");
        var issue = world.Apply(World.Body("complete"));

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, "was not updated: " + warning);
        Assert.DoesNotContain("token", string.Join('\n', result.Stdout.Split('\n').Where(l => l.StartsWith("::warning", StringComparison.Ordinal))));
    }

    [TestMethod]
    public async Task Not_an_application_is_not_put_on_the_board()
    {
        await using var world = await World.Intake().StartAsync();
        var project = AddBoard(world.State);
        world.WithConfiguration(world.PackageIndexes + Board);
        var issue = world.Repository.AddIssue("Question", "Where is the form?", "someone");

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsNull(project.ItemFor(issue));
        Assert.IsEmpty(result.WriteRequests);
    }

    /// <summary>
    /// A declined application, closed (or, not <paramref name="declined"/>, one never reviewed that staff wait on), its item in
    /// <paramref name="column"/>; <paramref name="later"/> on, its applicant asks to return. The guard's run on that request,
    /// with its arguments.
    /// </summary>
    private static (Issue Issue, ProjectItem Item, Func<string[], Task<RunResult>> Guard) AskingToReturn(
        World world, Project project, string column, TimeSpan later, bool declined = true)
    {
        world.WithConfiguration(world.PackageIndexes + Board + $"people:\n  former-automation: [\"{Former}\"]\n");
        var issue = world.Apply(World.Body("complete"));
        if (declined)
        {
            issue.RemoveLabel("New", World.Automation).AddLabel("Declined", World.Automation, World.Now.AddDays(-30))
                .Close(World.Automation, "not_planned");
        }
        else
        {
            issue.AddLabel("Waiting on comment", World.Staff, World.Now.AddDays(-30));
        }

        var item = project.AddItem(issue).WithValue("Status", column);
        world.Time.Advance(later);
        var request = issue.AddComment(issue.Author, "We addressed every reason given.\n\n/ecosystem returning");
        return (issue, item, args =>
            world.Run.RunAsync("issue_comment", EventPayloads.IssueComment("created", issue, request), ["guard", .. args]));
    }

    /// <summary>The guard's run with GitHub refusing every write on the board (after the reads a dry run makes first).</summary>
    private static async Task<RunResult> RefusingTheBoardsWrite(World world, Func<string[], Task<RunResult>> guard)
    {
        var reads = (await guard(["--dry-run"])).Requests.Count(r => r.IsGraphQL);
        world.Server.Faults.Add("POST", "/api/graphql", new FaultHits(reads + 1, 100), Fault.Status(403, "Forbidden"));
        var refused = await guard([]);
        world.Server.Faults.Clear();
        return refused;
    }

    private static Project AddBoard(GitHubState state, params string[] staffColumns) =>
        state.AddProject("pytorch-fdn", 6, "Ecosystem").WithSingleSelectField("Status", ["New", "In progress", "Done", .. staffColumns]);
}
