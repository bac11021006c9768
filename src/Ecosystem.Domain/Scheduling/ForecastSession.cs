namespace Ecosystem.Domain.Scheduling;

/// <summary>A coming session: the applications scheduled for it and those expected to fill the rest, in review order.</summary>
public sealed record ForecastSession(DateOnly Date, DateTimeOffset StartsAt, IReadOnlyList<int> Scheduled, IReadOnlyList<int> Expected);
