namespace Ecosystem.Domain.Scheduling;

/// <summary>Put an application's board item in <paramref name="Column"/>, and set the session date field if configured.</summary>
public sealed record BoardMove(int IssueNumber, string Column, DateOnly? SessionDate);
