namespace Ecosystem.Domain.Guardians;

/// <summary>One <c>locked</c> or <c>unlocked</c> event from an issue's timeline: while locked, only collaborators comment.</summary>
public sealed record LockEvent(bool Locked, DateTimeOffset At)
{
    /// <summary>The whole days, rounded up, of <see cref="LockedTime"/>.</summary>
    public static int LockedDays(IEnumerable<LockEvent> events, DateTimeOffset from, DateTimeOffset until) =>
        (int)Math.Ceiling(LockedTime(events, from, until).TotalDays);

    /// <summary>Time locked in [from, until] (events in time order); a lock never undone lasts until the end.</summary>
    public static TimeSpan LockedTime(IEnumerable<LockEvent> events, DateTimeOffset from, DateTimeOffset until)
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

        return locked;
    }

    /// <summary>Locks and closures as one sequence of locks in time order: a wait counts neither.</summary>
    public static IReadOnlyList<LockEvent> WithClosures(IReadOnlyList<LockEvent> locks, IReadOnlyList<StateEvent> closures)
    {
        List<LockEvent> paused = [];
        var (locked, closed) = (false, false);
        var changes = locks.Select(l => (l.At, Lock: true, On: l.Locked)).Concat(closures.Select(c => (c.At, Lock: false, On: c.Closed)));
        foreach (var change in changes.OrderBy(c => c.At))
        {
            var was = locked || closed;
            (locked, closed) = change.Lock ? (change.On, closed) : (locked, change.On);
            if (was != (locked || closed))
            {
                paused.Add(new LockEvent(!was, change.At));
            }
        }

        return paused;
    }
}
