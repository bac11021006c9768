namespace Ecosystem.GitHub.Models;

/// <summary>
/// What the gateway sends for one board item, resolved by <see cref="Plans.IssuePlanApplier"/> from a board placement: put the issue
/// on the board (when <see cref="ItemId"/> is null) and set its Status and/or date; a null <see cref="Status"/> or
/// <see cref="Date"/> leaves that field alone.
/// </summary>
public sealed record BoardItemChange(int IssueNumber, string IssueNodeId, string? ItemId, string? Status, DateOnly? Date);
