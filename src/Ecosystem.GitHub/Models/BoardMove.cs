namespace Ecosystem.GitHub.Models;

/// <summary>
/// Put an issue on the board (when <see cref="ItemId"/> is null) and set its Status and/or date;
/// a null <see cref="Status"/> or <see cref="Date"/> leaves that field alone.
/// </summary>
public sealed record BoardMove(int IssueNumber, string IssueNodeId, string? ItemId, string? Status, DateOnly? Date);
