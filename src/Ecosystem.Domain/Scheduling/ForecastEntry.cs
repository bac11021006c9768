namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// One application waiting in the queue: its 1-based place in review order and the session it is expected at,
/// null when the calendar has no session for it.
/// </summary>
public sealed record ForecastEntry(int IssueNumber, string Title, string Url, int Position, DateOnly? ExpectedSession);
