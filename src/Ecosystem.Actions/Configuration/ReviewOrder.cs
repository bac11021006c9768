namespace Ecosystem.Actions.Configuration;

/// <summary>The order in which waiting applications fill a session's batch (<c>sessions.order</c>).</summary>
public enum ReviewOrder
{
    /// <summary><c>returning-first</c>: applications labelled Returning first, then by issue number.</summary>
    ReturningFirst,

    /// <summary><c>fifo</c>: by issue number only.</summary>
    Fifo,
}
