namespace Ecosystem.GitHub.Models;

/// <summary>An issue and its item on the board (<see cref="ItemId"/> null when it is not on the board).</summary>
public sealed record BoardItem(int IssueNumber, string IssueNodeId, string? ItemId, string? Status);
