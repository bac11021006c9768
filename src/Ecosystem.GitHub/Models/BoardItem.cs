namespace Ecosystem.GitHub.Models;

/// <summary>An issue and its item on the board (<see cref="ItemId"/> null when it is not on the board).</summary>
public sealed record BoardItem(int IssueNumber, string IssueNodeId, string? ItemId, string? Status)
{
    /// <summary>The item's value of the board's date field (<see cref="ProjectBoard.DateFieldName"/>), when read and set.</summary>
    public DateOnly? Date { get; init; }
}
