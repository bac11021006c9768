namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// One Working Group review session: its date in the calendar's time zone and when it starts; <see cref="ChosenByHand"/> when
/// it is a date of its own given to <c>schedule</c> by hand, not a session of the calendar.
/// </summary>
public sealed record ReviewSession(DateOnly Date, DateTimeOffset StartsAt)
{
    public bool ChosenByHand { get; init; }
}
