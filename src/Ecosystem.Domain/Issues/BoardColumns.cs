namespace Ecosystem.Domain.Issues;

/// <summary>The board's columns (<c>board.columns.*</c>): options of its status field.</summary>
public sealed record BoardColumns(string Backlog = "New", string InProgress = "In progress", string Done = "Done");
