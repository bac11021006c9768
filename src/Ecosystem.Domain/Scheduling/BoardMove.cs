namespace Ecosystem.Domain.Scheduling;

/// <summary>Put an application's board item in <paramref name="Column"/>, and set the session date field if configured.</summary>
public sealed record BoardMove(int IssueNumber, string Column, DateOnly? SessionDate)
{
    /// <summary>Only put the application on the board: an item already there stays where it is, whatever its column.</summary>
    public bool LeaveIfOnBoard { get; init; }
}
