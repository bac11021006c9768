namespace Ecosystem.Domain.Issues;

/// <summary>
/// The Projects v2 board (<c>board.*</c>). Without an <see cref="Owner"/> there is no board and the automation runs on
/// labels alone; an empty <see cref="SessionDateField"/> means no date field is set to the session date when an item is scheduled.
/// </summary>
public sealed record BoardSettings(string Owner = "", int Number = 0, string StatusField = "Status", string SessionDateField = "")
{
    public BoardColumns Columns { get; init; } = new();

    public bool IsEnabled => Owner.Length > 0;

    /// <summary>The rules between the <c>board</c> keys: a board needs its number and every name it moves items by.</summary>
    public IReadOnlyList<ConfigurationProblem> Validate()
    {
        string[] board = ["board.owner", "board.number"];
        if (!IsEnabled)
        {
            return Number == 0 ? [] : [new("board.owner", $"board.owner is empty but board.number is {Number}; set the organisation or user that owns the project, or remove the board", board)];
        }

        List<ConfigurationProblem> problems = Number > 0 ? [] : [new("board.number", $"board.number ({Number}) must be the project's number (1 or more) when board.owner is set", board)];
        foreach (var (key, name) in new[] { ("board.status-field", StatusField), ("board.columns.backlog", Columns.Backlog), ("board.columns.in-progress", Columns.InProgress), ("board.columns.done", Columns.Done) })
        {
            if (name.Trim().Length == 0)
            {
                problems.Add(new(key, $"is empty; a board needs it (board.owner is `{Owner}`)", board));
            }
        }

        return problems;
    }
}
