namespace Ecosystem.Domain.Issues;

/// <summary>The board's columns (<c>board.columns.*</c>): options of its status field, compared as GitHub's, ignoring case.</summary>
public sealed record BoardColumns(string Backlog = "New", string InProgress = "In progress", string Done = "Done")
{
    /// <summary>The key of <paramref name="column"/>, to name it where the board lacks it; else <c>board.columns</c>.</summary>
    public string KeyOf(string column) => Keyed.Where(k => Same(k.Name, column)).Select(k => k.Key).LastOrDefault() ?? "board.columns";

    /// <summary>Whether <paramref name="column"/> is one of the three; any other column of the board is one staff keep items in.</summary>
    public bool Holds(string column) => Keyed.Any(k => Same(k.Name, column));

    /// <summary>The three columns, each with its configuration key, in the process's order (a name two share is the later key's).</summary>
    public (string Key, string Name)[] Keyed =>
        [("board.columns.backlog", Backlog), ("board.columns.in-progress", InProgress), ("board.columns.done", Done)];

    public static bool Same(string? column, string name) => string.Equals(column, name, StringComparison.OrdinalIgnoreCase);
}
