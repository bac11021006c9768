namespace Ecosystem.Domain.Guardians;

/// <summary>One <c>locked</c> or <c>unlocked</c> event from an issue's timeline: while locked, only collaborators comment.</summary>
public sealed record LockEvent(bool Locked, DateTimeOffset At)
{
    /// <summary>
    /// The whole days, rounded up, the conversation was locked between <paramref name="from"/> and <paramref name="until"/>;
    /// <paramref name="events"/> are in time order. A lock not (yet) followed by its unlock lasts until <paramref name="until"/>.
    /// </summary>
    public static int LockedDays(IEnumerable<LockEvent> events, DateTimeOffset from, DateTimeOffset until)
    {
        var locked = TimeSpan.Zero;
        DateTimeOffset? since = null;
        foreach (var change in events.Append(new LockEvent(false, until)))
        {
            if (change.Locked)
            {
                since ??= change.At;
            }
            else if (since is { } start)
            {
                var (begins, ends) = (start > from ? start : from, change.At < until ? change.At : until);
                locked += ends > begins ? ends - begins : TimeSpan.Zero;
                since = null;
            }
        }

        return (int)Math.Ceiling(locked.TotalDays);
    }
}
