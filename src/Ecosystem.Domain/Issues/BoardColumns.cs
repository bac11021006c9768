namespace Ecosystem.Domain.Issues;

/// <summary>The board's columns (<c>board.columns.*</c>): options of its status field.</summary>
public sealed record BoardColumns(string Backlog = "New", string InProgress = "In progress", string Done = "Done")
{
    /// <summary>The configuration key of <paramref name="column"/> (such as <c>board.columns.done</c>), to name it where the
    /// board lacks it; <c>board.columns</c> for a column that is none of the three. Column names compare as GitHub's do.</summary>
    public string KeyOf(string column) => Keyed.Where(k => Same(k.Name, column)).Select(k => k.Key).LastOrDefault() ?? "board.columns";

    /// <summary>Whether <paramref name="column"/> is one of the three; any other column of the board is one staff keep items in.</summary>
    public bool Holds(string column) => Keyed.Any(k => Same(k.Name, column));

    /// <summary>The three columns, each with its configuration key, in the process's order (a name two share is the later key's).</summary>
    public (string Key, string Name)[] Keyed =>
        [("board.columns.backlog", Backlog), ("board.columns.in-progress", InProgress), ("board.columns.done", Done)];

    /// <summary>Whether <paramref name="column"/> is the column named <paramref name="name"/>, compared as GitHub compares them.</summary>
    public static bool Same(string? column, string name) => string.Equals(column, name, StringComparison.OrdinalIgnoreCase);
}
