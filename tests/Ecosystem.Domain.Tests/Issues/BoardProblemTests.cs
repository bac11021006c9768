using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Tests.Issues;

/// <summary>The warning of a run whose board moves failed (the <c>board-problem</c> template).</summary>
[TestClass]
public sealed class BoardProblemTests
{
    private static readonly BoardSettings Board = new("pytorch-fdn", 6);

    private const string Deleted = "#2: GitHub finds no such issue in the repository any more (transferred or deleted?)";

    [TestMethod]
    public void A_board_no_move_reached_was_not_updated() =>
        GoldenFile.AssertMatches("board-problem-none-made", new BoardProblem(Deleted + ".").Warning("The applications were checked", Board));

    /// <summary>Some moves made and one refused: the warning said the board "was not updated" and then "the other moves were made".</summary>
    [TestMethod]
    public void A_board_some_moves_reached_was_updated_in_part() =>
        GoldenFile.AssertMatches(
            "board-problem-some-made",
            new BoardProblem(Deleted, OthersMade: true)
                .Warning("The labels and comments were written", Board, "The next run moves what is still missing."));
}
