namespace Ecosystem.Domain.Scheduling;

/// <summary>One Working Group review session: its date in the calendar's time zone and when it starts.</summary>
public sealed record ReviewSession(DateOnly Date, DateTimeOffset StartsAt);
