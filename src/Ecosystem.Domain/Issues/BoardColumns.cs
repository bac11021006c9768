namespace Ecosystem.Domain.Issues;

/// <summary>The board's columns (<c>board.columns.*</c>): options of its status field.</summary>
public sealed record BoardColumns(string Backlog = "New", string InProgress = "In progress", string Done = "Done")
{
    /// <summary>The configuration key of <paramref name="column"/> (such as <c>board.columns.done</c>), to name it where the
    /// board lacks it; <c>board.columns</c> for a column that is none of the three. Column names compare as GitHub's do.</summary>
    public string KeyOf(string column) =>
        Same(column, Done) ? "board.columns.done" : Same(column, InProgress) ? "board.columns.in-progress" : Same(column, Backlog) ? "board.columns.backlog" : "board.columns";

    /// <summary>Whether <paramref name="column"/> is one of the three; any other column of the board is one staff keep items in.</summary>
    public bool Holds(string column) => Same(column, Backlog) || Same(column, InProgress) || Same(column, Done);

    private static bool Same(string column, string name) => string.Equals(column, name, StringComparison.OrdinalIgnoreCase);
}
