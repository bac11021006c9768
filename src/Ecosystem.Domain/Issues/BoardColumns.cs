namespace Ecosystem.Domain.Issues;

/// <summary>The board's columns (<c>board.columns.*</c>): options of its status field.</summary>
public sealed record BoardColumns(string Backlog = "New", string InProgress = "In progress", string Done = "Done")
{
    /// <summary>The configuration key of <paramref name="column"/> (such as <c>board.columns.done</c>), to name it where the
    /// board lacks it; <c>board.columns</c> for a column that is none of the three. Column names compare as GitHub's do.</summary>
    public string KeyOf(string column) =>
        Same(column, Done) ? "board.columns.done" : Same(column, InProgress) ? "board.columns.in-progress" : Same(column, Backlog) ? "board.columns.backlog" : "board.columns";

    private static bool Same(string column, string name) => string.Equals(column, name, StringComparison.OrdinalIgnoreCase);
}
