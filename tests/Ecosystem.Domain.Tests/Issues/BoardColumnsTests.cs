using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Tests.Issues;

/// <summary>A column the board lacks is named by the configuration key that set it.</summary>
[TestClass]
public sealed class BoardColumnsTests
{
    [TestMethod]
    [DataRow("New", "board.columns.backlog")]
    [DataRow("in progress", "board.columns.in-progress")]
    [DataRow("Done", "board.columns.done")]
    [DataRow("Archived", "board.columns")]
    public void Each_column_is_named_by_its_key_without_regard_to_case(string column, string key) =>
        Assert.AreEqual(key, new BoardColumns().KeyOf(column));

    [TestMethod]
    public void A_name_given_to_two_columns_is_named_by_the_later_key() =>
        Assert.AreEqual("board.columns.done", new BoardColumns(InProgress: "Closed", Done: "Closed").KeyOf("Closed"));
}
