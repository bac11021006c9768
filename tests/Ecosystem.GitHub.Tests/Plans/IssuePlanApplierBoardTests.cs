using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Http;
using Ecosystem.GitHub.Models;
using Ecosystem.GitHub.Plans;
using Moq;

namespace Ecosystem.GitHub.Tests.Plans;

[TestClass]
public sealed class IssuePlanApplierBoardTests
{
    private static readonly DateOnly Session = new(2027, 1, 12);

    private static readonly BoardSettings Target = new("pytorch-fdn", 6, "Status", "");

    private static ProjectBoard Board(string? dateFieldId = null) =>
        new("PVT_1", "Ecosystem", "F_status", [new BoardOption("O_new", "New"), new BoardOption("O_progress", "In progress")], dateFieldId);

    private static Mock<IGitHubGateway> Gateway(ProjectBoard board, string dateField, params BoardItem[] items)
    {
        var gateway = new Mock<IGitHubGateway>(MockBehavior.Strict);
        gateway.Setup(g => g.GetBoardAsync("pytorch-fdn", 6, "Status", dateField)).ReturnsAsync(board);
        gateway.Setup(g => g.GetBoardItemsAsync(board, It.IsAny<IReadOnlyList<int>>())).ReturnsAsync(items);
        return gateway;
    }

    private static IssuePlan Move(int issueNumber, string column, DateOnly? session) => new(issueNumber) { Board = new BoardPlacement(column, session) };

    private static IssuePlan Joining(int issueNumber, string column) => new(issueNumber) { Board = new BoardPlacement(column) { MovesOn = true } };

    private static IssuePlan Put(int issueNumber, string column) => new(issueNumber) { Board = new BoardPlacement(column) { OutOf = "Done" } };

    private static void AssertWrote((IReadOnlyList<PlannedWrite> Writes, BoardProblem? BoardProblem) applied, params string[] descriptions)
    {
        CollectionAssert.AreEqual(descriptions, applied.Writes.Select(w => w.Description).ToArray());
        Assert.IsNull(applied.BoardProblem);
    }

    /// <summary>The changes the applier sends, as sent.</summary>
    private static List<BoardItem> Recording(Mock<IGitHubGateway> gateway, ProjectBoard board)
    {
        var sent = new List<BoardItem>();
        gateway.Setup(g => g.UpdateBoardAsync(board, It.IsAny<IReadOnlyList<BoardItem>>()))
            .Callback<ProjectBoard, IReadOnlyList<BoardItem>>((_, moves) => sent.AddRange(moves))
            .ReturnsAsync([]);
        return sent;
    }

    [TestMethod]
    public async Task Only_items_not_yet_in_the_column_are_moved_and_one_not_on_the_board_is_added()
    {
        var board = Board();
        var gateway = Gateway(board, "",
            new BoardItem(1, "I_1", "PVTI_1", "New"),
            new BoardItem(2, "I_2", "PVTI_2", "In progress"),
            new BoardItem(3, "I_3", null, null));
        var sent = Recording(gateway, board);

        var changes = await new IssuePlanApplier(gateway.Object, Target)
            .ApplyBoardAsync([Move(1, "In progress", Session), Move(2, "In progress", Session), Move(3, "In progress", Session)]);

        BoardItem[] expected = [new(1, "I_1", "PVTI_1", "In progress", null), new(3, "I_3", null, "In progress", null)];
        CollectionAssert.AreEqual(expected, sent.ToArray());
        AssertWrote(changes, "board \"Ecosystem\": set Status to In progress for #1", "board \"Ecosystem\": add, set Status to In progress for #3");
    }

    [TestMethod]
    public async Task The_session_date_is_set_when_a_date_field_is_configured()
    {
        var board = Board("F_date");
        var gateway = Gateway(board, "Session date", new BoardItem(1, "I_1", "PVTI_1", "In progress"));
        var sent = Recording(gateway, board);

        await new IssuePlanApplier(gateway.Object, Target with { SessionDateField = "Session date" }).ApplyBoardAsync([Move(1, "In progress", Session)]);

        CollectionAssert.AreEqual(new[] { new BoardItem(1, "I_1", "PVTI_1", null, Session) }, sent.ToArray());
    }

    [TestMethod]
    public async Task A_move_that_only_puts_on_the_board_leaves_an_item_already_there_in_its_column()
    {
        var board = Board();
        var gateway = Gateway(board, "", new BoardItem(1, "I_1", "PVTI_1", "In progress"), new BoardItem(2, "I_2", null, null));
        var sent = Recording(gateway, board);

        await new IssuePlanApplier(gateway.Object, Target)
            .ApplyBoardAsync([Put(1, "new"), Put(2, "new")]);

        CollectionAssert.AreEqual(new[] { new BoardItem(2, "I_2", null, "New", null) }, sent.ToArray(), "the board's spelling of the column");
    }

    /// <summary>
    /// The item is there but in no column: an add whose column write failed (the add went through, the second request did
    /// not), or a column cleared by hand. Left alone, it stayed under "No Status" on every rerun.
    /// </summary>
    [TestMethod]
    public async Task A_move_that_only_puts_on_the_board_gives_an_item_in_no_column_its_column()
    {
        var board = Board();
        var gateway = Gateway(board, "", new BoardItem(1, "I_1", "PVTI_1", null));
        var sent = Recording(gateway, board);

        var changes = await new IssuePlanApplier(gateway.Object, Target).ApplyBoardAsync([Put(1, "New")]);

        CollectionAssert.AreEqual(new[] { new BoardItem(1, "I_1", "PVTI_1", "New", null) }, sent.ToArray());
        AssertWrote(changes, "board \"Ecosystem\": set Status to New for #1");
    }

    /// <summary>
    /// An archived item (by hand, or by the board's auto-archive after an earlier decline) is still the issue's item, but
    /// GitHub refuses to set its fields: a move brings it back first. One already in its column stays archived.
    /// </summary>
    [TestMethod]
    public async Task An_archived_item_is_brought_back_when_it_moves_and_left_archived_when_it_does_not()
    {
        var board = Board();
        var gateway = Gateway(board, "",
            new BoardItem(1, "I_1", "PVTI_1", "New", Archived: true),
            new BoardItem(2, "I_2", "PVTI_2", "In progress", Archived: true));
        var sent = Recording(gateway, board);

        var changes = await new IssuePlanApplier(gateway.Object, Target)
            .ApplyBoardAsync([Move(1, "In progress", null), Move(2, "In progress", null)]);

        CollectionAssert.AreEqual(new[] { new BoardItem(1, "I_1", "PVTI_1", "In progress", null, Archived: true) }, sent.ToArray());
        AssertWrote(changes, "board \"Ecosystem\": unarchive, set Status to In progress for #1");
    }

    /// <summary>
    /// An issue transferred or deleted since the run listed it: GitHub no longer finds it by its number. It stopped every
    /// other move of the batch for the run; now it alone is left out, and named.
    /// </summary>
    [TestMethod]
    public async Task An_issue_GitHub_no_longer_finds_is_named_and_the_others_still_move()
    {
        var board = Board();
        var gateway = Gateway(board, "", new BoardItem(1, "I_1", "PVTI_1", "New"), new BoardItem(3, "I_3", null, null));
        var sent = Recording(gateway, board);

        var changes = await new IssuePlanApplier(gateway.Object, Target)
            .ApplyBoardAsync([Move(1, "In progress", null), Move(2, "In progress", null), Move(3, "In progress", null)]);

        BoardItem[] expected = [new(1, "I_1", "PVTI_1", "In progress", null), new(3, "I_3", null, "In progress", null)];
        CollectionAssert.AreEqual(expected, sent.ToArray());
        CollectionAssert.AreEqual(
            new[] { "board \"Ecosystem\": set Status to In progress for #1", "board \"Ecosystem\": add, set Status to In progress for #3" },
            changes.Writes.Select(w => w.Description).ToArray());
        Assert.AreEqual(new BoardProblem("#2: GitHub finds no such issue in the repository any more (transferred or deleted?)", OthersMade: true), changes.BoardProblem);
    }

    /// <summary>A move GitHub refused alone (its issue or item deleted since the read) is named with GitHub's words, and is no write made.</summary>
    [TestMethod]
    public async Task A_move_GitHub_refuses_is_named_with_what_GitHub_said_and_left_out_of_the_writes()
    {
        var board = Board();
        var gateway = Gateway(board, "", new BoardItem(1, "I_1", "PVTI_1", "New"), new BoardItem(2, "I_2", null, null));
        gateway.Setup(g => g.UpdateBoardAsync(board, It.IsAny<IReadOnlyList<BoardItem>>())).ReturnsAsync(
        [
            new BoardItem(1, "I_1", "PVTI_1", "In progress"),
            new BoardItem(2, "I_2", null, "In progress") { Problem = "Could not resolve to a node with the global id of 'I_2'" },
        ]);

        var changes = await new IssuePlanApplier(gateway.Object, Target).ApplyBoardAsync([Move(1, "In progress", null), Move(2, "In progress", null)]);

        CollectionAssert.AreEqual(
            new[] { "board \"Ecosystem\": set Status to In progress for #1" }, changes.Writes.Select(w => w.Description).ToArray());
        Assert.AreEqual(new BoardProblem("#2: GitHub answered: Could not resolve to a node with the global id of 'I_2'", OthersMade: true), changes.BoardProblem);
    }

    [TestMethod]
    public async Task A_board_that_matches_costs_no_write_and_is_read_once_per_run()
    {
        var board = Board();
        var gateway = Gateway(board, "", new BoardItem(1, "I_1", "PVTI_1", "In progress"));
        var applier = new IssuePlanApplier(gateway.Object, Target);

        await applier.ApplyBoardAsync([Move(1, "In progress", null)]);
        var second = await applier.ApplyBoardAsync([Move(1, "In progress", null)]);

        Assert.IsEmpty(second.Writes);
        gateway.Verify(g => g.GetBoardAsync("pytorch-fdn", 6, "Status", ""), Times.Once());
    }

    [TestMethod]
    public async Task A_plan_writes_its_issue_first_then_its_board_item()
    {
        var board = Board();
        var gateway = Gateway(board, "", new BoardItem(1, "I_1", "PVTI_1", "New"));
        var order = new List<string>();
        gateway.Setup(g => g.AddLabelsAsync(1, It.IsAny<IReadOnlyList<string>>())).Callback(() => order.Add("labels")).Returns(Task.CompletedTask);
        gateway.Setup(g => g.UpdateBoardAsync(board, It.IsAny<IReadOnlyList<BoardItem>>())).Callback(() => order.Add("board")).ReturnsAsync([]);
        var issue = new IssueSnapshot(1, "Application: torchfoo", "body", "applicant", true, [], DateTimeOffset.UnixEpoch, null, "");

        var warnings = new List<string>();
        var applier = new IssuePlanApplier(gateway.Object, Target, warnings.Add);
        var applied = await applier.ApplyAsync(issue, [], Move(1, "In progress", null) with { AddLabels = ["In review"] });

        CollectionAssert.AreEqual(new[] { "labels", "board" }, order);
        Assert.IsEmpty(warnings);
        AssertWrote((applied, null), "add labels [In review] to #1", "board \"Ecosystem\": set Status to In progress for #1");
    }

    /// <summary>
    /// Staff keep an item in a column of their own (none of <c>board.columns</c>: "On hold", "Onboarding"): a run that
    /// leaves its issue's labels as they were (a late ballot on a decided application, the nightly schedule of a batch) moved
    /// it back on every run. Now it stays; a run in which the application moves on (its labels change: scheduled, decided,
    /// returning; or it joins a batch) moves it, as the process does.
    /// </summary>
    [TestMethod]
    public async Task An_item_staff_keep_in_a_column_of_their_own_stays_there_unless_the_application_moves_on()
    {
        var board = new ProjectBoard("PVT_1", "Ecosystem", "F_status",
            [new BoardOption("O_new", "New"), new BoardOption("O_progress", "In progress"), new BoardOption("O_hold", "On hold")], null);
        var gateway = Gateway(board, "",
            new BoardItem(1, "I_1", "PVTI_1", "On hold"), new BoardItem(2, "I_2", "PVTI_2", "on hold"), new BoardItem(3, "I_3", "PVTI_3", "On hold"));
        gateway.Setup(g => g.AddLabelsAsync(2, It.IsAny<IReadOnlyList<string>>())).Returns(Task.CompletedTask);
        var sent = Recording(gateway, board);
        var applier = new IssuePlanApplier(gateway.Object, Target);

        var kept = await applier.ApplyAsync(
            new IssueSnapshot(1, "Application: torchfoo", "body", "applicant", true, ["In review"], DateTimeOffset.UnixEpoch, null, ""),
            [], Move(1, "In progress", null) with { AddLabels = ["In review"] });
        var moved = await applier.ApplyAsync(
            new IssueSnapshot(2, "Application: torchbar", "body", "applicant", true, [], DateTimeOffset.UnixEpoch, null, ""),
            [], Move(2, "In progress", null) with { AddLabels = ["In review"] });
        var nightly = await applier.ApplyBoardAsync([Move(1, "In progress", null), Joining(3, "In progress")]);

        Assert.IsEmpty(kept, "its issue already in review: nothing of it changed");
        CollectionAssert.AreEqual(new[] { "add labels [In review] to #2", "board \"Ecosystem\": set Status to In progress for #2" },
            moved.Select(w => w.Description).ToArray());
        AssertWrote(nightly, "board \"Ecosystem\": set Status to In progress for #3");
        BoardItem[] expected = [new(2, "I_2", "PVTI_2", "In progress", null), new(3, "I_3", "PVTI_3", "In progress", null)];
        CollectionAssert.AreEqual(expected, sent.ToArray(), "one joining a batch moves on (withdrawn and reopened: in review all along)");
    }

    /// <summary>
    /// A run wrote an application's labels and then failed on its board move: the rerun no longer moves it on (its labels are
    /// written), so an item staff kept in a column of their own stayed there for good. The placement carries when the
    /// application moved on (the vote's close, its session comment): an item staff put in their column before then moves, one
    /// they put there since stays, and so does one whose time GitHub did not give.
    /// </summary>
    [TestMethod]
    public async Task An_item_in_a_column_of_staffs_own_moves_when_the_application_moved_on_since_staff_put_it_there()
    {
        var board = new ProjectBoard("PVT_1", "Ecosystem", "F_status",
            [new BoardOption("O_new", "New"), new BoardOption("O_done", "Done"), new BoardOption("O_hold", "On hold")], null);
        var decided = new DateTimeOffset(2027, 1, 12, 18, 0, 0, TimeSpan.Zero);
        var gateway = Gateway(board, "",
            new BoardItem(1, "I_1", "PVTI_1", "On hold") { StatusSetAt = decided.AddDays(-3) },
            new BoardItem(2, "I_2", "PVTI_2", "On hold") { StatusSetAt = decided.AddMinutes(5) },
            new BoardItem(3, "I_3", "PVTI_3", "On hold"));
        var sent = Recording(gateway, board);
        IssuePlan Decided(int issueNumber) => new(issueNumber) { Board = new BoardPlacement("Done") { MovedOnAt = decided } };

        var changes = await new IssuePlanApplier(gateway.Object, Target).ApplyBoardAsync([Decided(1), Decided(2), Decided(3)]);

        CollectionAssert.AreEqual(new[] { new BoardItem(1, "I_1", "PVTI_1", "Done", null) }, sent.ToArray());
        AssertWrote(changes, "board \"Ecosystem\": set Status to Done for #1");
    }

    [TestMethod]
    public async Task A_board_problem_of_a_plan_is_a_warning_naming_the_issue_the_column_and_its_key_once()
    {
        var gateway = Gateway(Board(), "", new BoardItem(1, "I_1", "PVTI_1", "New"));
        var issue = new IssueSnapshot(1, "Application: torchfoo", "body", "applicant", true, [], DateTimeOffset.UnixEpoch, null, "");

        var warnings = new List<string>();
        var applied = await new IssuePlanApplier(gateway.Object, Target with { Columns = new BoardColumns(Done: "Finished") }, warnings.Add)
            .ApplyAsync(issue, [], Move(1, "Finished", null));

        Assert.IsEmpty(applied);
        StringAssert.StartsWith(
            warnings.Single(), "#1 was not moved to 'Finished' on board #6 of pytorch-fdn: board.columns.done: ");
    }

    [TestMethod]
    public async Task Without_a_board_a_placement_reads_and_writes_nothing()
    {
        var gateway = new Mock<IGitHubGateway>(MockBehavior.Strict);

        var applied = await new IssuePlanApplier(gateway.Object).ApplyBoardAsync([Move(1, "In progress", Session)]);

        Assert.IsEmpty(applied.Writes);
        Assert.IsNull(applied.BoardProblem);
    }

    [TestMethod]
    public async Task A_column_the_board_lacks_is_a_problem_named_with_its_key_and_the_options()
    {
        var gateway = Gateway(Board(), "", new BoardItem(1, "I_1", "PVTI_1", "New"));

        var changes = await new IssuePlanApplier(gateway.Object, Target with { Columns = new BoardColumns(InProgress: "Reviewing") })
            .ApplyBoardAsync([Move(1, "Reviewing", Session)]);

        Assert.IsEmpty(changes.Writes);
        StringAssert.Contains(changes.BoardProblem?.Reason, "board.columns.in-progress: project #6 of pytorch-fdn (\"Ecosystem\") has no 'Status' option 'Reviewing' (options: New, In progress)");
    }

    /// <summary>
    /// A column the board lacks (<c>board.columns.done</c> naming no option) stopped every move of the call, those to columns
    /// the board has too. Now only the placements in that column wait: the others move, and the column is named once, with
    /// its key and the board, however many items it kept.
    /// </summary>
    [TestMethod]
    public async Task A_column_the_board_lacks_is_named_once_and_the_moves_to_other_columns_are_made()
    {
        var board = Board();
        var gateway = Gateway(board, "", new BoardItem(1, "I_1", "PVTI_1", "New"), new BoardItem(2, "I_2", "PVTI_2", "New"),
            new BoardItem(3, "I_3", "PVTI_3", "In progress"));
        var sent = Recording(gateway, board);

        var changes = await new IssuePlanApplier(gateway.Object, Target with { Columns = new BoardColumns(Done: "Finished") })
            .ApplyBoardAsync([Move(1, "In progress", null), Move(2, "Finished", null), Move(3, "Finished", null)]);

        CollectionAssert.AreEqual(new[] { new BoardItem(1, "I_1", "PVTI_1", "In progress", null) }, sent.ToArray());
        CollectionAssert.AreEqual(
            new[] { "board \"Ecosystem\": set Status to In progress for #1" }, changes.Writes.Select(w => w.Description).ToArray());
        Assert.AreEqual("board.columns.done: project #6 of pytorch-fdn (\"Ecosystem\") has no 'Status' option 'Finished' (options: New, "
            + "In progress); name one of them in the configuration", changes.BoardProblem?.Reason);
        Assert.IsTrue(changes.BoardProblem?.OthersMade, "the move to In progress was made");
    }

    /// <summary>
    /// A date field the board lacks (<c>board.session-date-field</c> misspelt) stopped every move of the run, the columns
    /// too. Now the items move to their columns, and the date field is the problem named, with its key and the board.
    /// </summary>
    [TestMethod]
    public async Task A_missing_date_field_is_a_problem_named_with_its_key_and_the_columns_still_move()
    {
        var board = Board();
        var gateway = Gateway(board, "Session date", new BoardItem(1, "I_1", "PVTI_1", "New"));
        var sent = Recording(gateway, board);

        var changes = await new IssuePlanApplier(gateway.Object, Target with { SessionDateField = "Session date" }).ApplyBoardAsync([Move(1, "In progress", Session)]);

        CollectionAssert.AreEqual(new[] { new BoardItem(1, "I_1", "PVTI_1", "In progress", null) }, sent.ToArray());
        CollectionAssert.AreEqual(
            new[] { "board \"Ecosystem\": set Status to In progress for #1" }, changes.Writes.Select(w => w.Description).ToArray());
        StringAssert.StartsWith(changes.BoardProblem?.Reason, "board.session-date-field: project #6 of pytorch-fdn (\"Ecosystem\") has no date field named 'Session date'");
        Assert.IsTrue(changes.BoardProblem?.OthersMade, "the column moves were made");
    }

    /// <summary>
    /// Intake's placement (only onto the board) left an item wherever it was, Done too: an application back from a decline
    /// whose move to the backlog failed stayed in Done on every later run. Done is the column of a decided application, so
    /// intake, which places only applications neither in voting nor decided, takes an item out of it; one in the backlog or
    /// in progress (the scheduler's), or in a column of staff's own, stays.
    /// </summary>
    [TestMethod]
    public async Task Intake_takes_an_item_out_of_done_and_leaves_one_in_another_column()
    {
        var board = new ProjectBoard("PVT_1", "Ecosystem", "F_status",
            [
                new BoardOption("O_new", "New"), new BoardOption("O_progress", "In progress"), new BoardOption("O_done", "Done"),
                new BoardOption("O_hold", "On hold"),
            ],
            null);
        var gateway = Gateway(board, "",
            new BoardItem(1, "I_1", "PVTI_1", "done"), new BoardItem(2, "I_2", "PVTI_2", "In progress"), new BoardItem(3, "I_3", "PVTI_3", "On hold"),
            new BoardItem(4, "I_4", "PVTI_4", "New"));
        var sent = Recording(gateway, board);

        var changes = await new IssuePlanApplier(gateway.Object, Target)
            .ApplyBoardAsync([Put(1, "New"), Put(2, "New"), Put(3, "New"), Put(4, "New")]);

        CollectionAssert.AreEqual(new[] { new BoardItem(1, "I_1", "PVTI_1", "New", null) }, sent.ToArray());
        AssertWrote(changes, "board \"Ecosystem\": set Status to New for #1");
    }

    [TestMethod]
    public async Task A_board_GitHub_refuses_is_a_problem_but_a_rate_limit_stops_the_run()
    {
        var refused = new Mock<IGitHubGateway>(MockBehavior.Strict);
        refused.Setup(g => g.GetBoardAsync("pytorch-fdn", 6, "Status", "")).ThrowsAsync(new GitHubRequestException("GitHub answered 403", new InvalidOperationException("forbidden")));
        var limited = new Mock<IGitHubGateway>(MockBehavior.Strict);
        limited.Setup(g => g.GetBoardAsync("pytorch-fdn", 6, "Status", "")).ThrowsAsync(new GitHubRateLimitException("limit"));

        var changes = await new IssuePlanApplier(refused.Object, Target).ApplyBoardAsync([Move(1, "In progress", null)]);

        Assert.AreEqual(new BoardProblem("GitHub answered 403"), changes.BoardProblem);
        await Assert.ThrowsExactlyAsync<GitHubRateLimitException>(() => new IssuePlanApplier(limited.Object, Target).ApplyBoardAsync([Move(1, "In progress", null)]));
    }

    [TestMethod]
    public async Task Without_moves_nothing_is_read()
    {
        var gateway = new Mock<IGitHubGateway>(MockBehavior.Strict);

        var changes = await new IssuePlanApplier(gateway.Object, Target).ApplyBoardAsync([]);

        Assert.IsEmpty(changes.Writes);
    }
}
