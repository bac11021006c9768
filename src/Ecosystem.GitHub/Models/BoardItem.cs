namespace Ecosystem.GitHub.Models;

/// <summary>
/// An issue and its item on the board. As read: <see cref="ItemId"/> is null when the issue is not on the board,
/// <see cref="Date"/> is the value of the board's date field (<see cref="ProjectBoard.DateFieldName"/>) when read and set,
/// and <see cref="Archived"/> says the item is archived (GitHub still lists it, but refuses to set its fields).
/// As a change sent by <see cref="Plans.IssuePlanApplier"/>: a null <see cref="ItemId"/> puts the issue on the board,
/// <see cref="Archived"/> brings the item back first, and a null <see cref="Status"/> or <see cref="Date"/> leaves that field alone.
/// </summary>
public sealed record BoardItem(int IssueNumber, string IssueNodeId, string? ItemId, string? Status, DateOnly? Date = null, bool Archived = false)
{
    /// <summary>As answered by <see cref="IGitHubGateway.UpdateBoardAsync"/>: what GitHub said instead of making this change.</summary>
    public string? Problem { get; init; }

    /// <summary>
    /// As read: when the item was last put in its column <see cref="Status"/> (by staff, a run, or a project workflow); null
    /// in none, or when GitHub did not say.
    /// </summary>
    public DateTimeOffset? StatusSetAt { get; init; }
}
