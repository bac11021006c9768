using Ecosystem.Actions.Commands.Schedule;
using Ecosystem.Actions.Configuration;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Models;
using Moq;
using ScheduledMove = Ecosystem.Domain.Scheduling.BoardMove;

namespace Ecosystem.Actions.Tests.Commands.Schedule;

[TestClass]
public sealed class BoardMoverTests
{
    private static readonly DateOnly Session = new(2027, 1, 12);

    private static ProjectBoard Board(string? dateFieldId = null) =>
        new("PVT_1", "Ecosystem", "F_status", [new BoardOption("O_new", "New"), new BoardOption("O_progress", "In progress")], dateFieldId);

    private static Mock<IGitHubGateway> Gateway(ProjectBoard board, string dateField, params BoardItem[] items)
    {
        var gateway = new Mock<IGitHubGateway>(MockBehavior.Strict);
        gateway.Setup(g => g.GetBoardAsync("pytorch-fdn", 6, "Status", dateField)).ReturnsAsync(board);
        gateway.Setup(g => g.GetBoardItemsAsync(board, "Status", It.IsAny<IReadOnlyList<int>>())).ReturnsAsync(items);
        return gateway;
    }

    [TestMethod]
    public async Task Only_items_not_yet_in_the_column_are_moved_and_one_not_on_the_board_is_added()
    {
        var board = Board();
        var gateway = Gateway(board, "",
            new BoardItem(1, "I_1", "PVTI_1", "New"),
            new BoardItem(2, "I_2", "PVTI_2", "In progress"),
            new BoardItem(3, "I_3", null, null));
        IReadOnlyList<BoardMove>? sent = null;
        gateway.Setup(g => g.UpdateBoardAsync(board, It.IsAny<IReadOnlyList<BoardMove>>()))
            .Callback<ProjectBoard, IReadOnlyList<BoardMove>>((_, moves) => sent = moves)
            .ReturnsAsync([]);
        var mover = new BoardMover(gateway.Object, new BoardOptions { Owner = "pytorch-fdn", Number = 6 });

        var moved = await mover.MoveAsync([new ScheduledMove(1, "In progress", Session), new ScheduledMove(2, "In progress", Session), new ScheduledMove(3, "In progress", Session)]);

        BoardMove[] expected = [new(1, "I_1", "PVTI_1", "In progress", null), new(3, "I_3", null, "In progress", null)];
        CollectionAssert.AreEqual(expected, moved.ToArray());
        CollectionAssert.AreEqual(expected, sent!.ToArray());
    }

    [TestMethod]
    public async Task The_session_date_is_set_when_a_date_field_is_configured()
    {
        var board = Board("F_date");
        var gateway = Gateway(board, "Session date", new BoardItem(1, "I_1", "PVTI_1", "In progress"));
        gateway.Setup(g => g.UpdateBoardAsync(board, It.IsAny<IReadOnlyList<BoardMove>>())).ReturnsAsync([]);
        var mover = new BoardMover(gateway.Object, new BoardOptions { Owner = "pytorch-fdn", Number = 6, SessionDateField = "Session date" });

        var moved = await mover.MoveAsync([new ScheduledMove(1, "In progress", Session)]);

        CollectionAssert.AreEqual(new[] { new BoardMove(1, "I_1", "PVTI_1", null, Session) }, moved.ToArray());
    }

    [TestMethod]
    public async Task A_column_the_board_lacks_is_named_with_its_key_and_the_options()
    {
        var gateway = Gateway(Board(), "", new BoardItem(1, "I_1", "PVTI_1", "New"));
        var mover = new BoardMover(gateway.Object, new BoardOptions { Owner = "pytorch-fdn", Number = 6 });

        var error = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => mover.MoveAsync([new ScheduledMove(1, "Reviewing", Session)]));

        StringAssert.Contains(error.Message, "board.columns.in-progress: project #6 of pytorch-fdn (\"Ecosystem\") has no 'Status' option 'Reviewing' (options: New, In progress)");
    }

    [TestMethod]
    public async Task A_missing_date_field_is_named_with_its_key()
    {
        var gateway = Gateway(Board(), "Session date");
        var mover = new BoardMover(gateway.Object, new BoardOptions { Owner = "pytorch-fdn", Number = 6, SessionDateField = "Session date" });

        var error = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => mover.MoveAsync([new ScheduledMove(1, "In progress", Session)]));

        StringAssert.StartsWith(error.Message, "board.session-date-field: project #6 of pytorch-fdn (\"Ecosystem\") has no date field named 'Session date'");
    }

    [TestMethod]
    public async Task Without_a_board_nothing_is_read()
    {
        var gateway = new Mock<IGitHubGateway>(MockBehavior.Strict);

        var moved = await new BoardMover(gateway.Object, new BoardOptions()).MoveAsync([new ScheduledMove(1, "In progress", Session)]);

        Assert.IsEmpty(moved);
    }
}
