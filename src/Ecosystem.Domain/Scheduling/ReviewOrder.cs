namespace Ecosystem.Domain.Scheduling;

/// <summary>The order in which waiting applications fill a session's batch (the <c>sessions.order</c> key).</summary>
public enum ReviewOrder
{
    /// <summary>Applications labelled returning first, then the rest, each by issue number.</summary>
    ReturningFirst,

    /// <summary>By issue number only (first come, first served); the returning label gives no priority.</summary>
    Fifo,
}
