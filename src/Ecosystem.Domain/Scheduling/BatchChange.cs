namespace Ecosystem.Domain.Scheduling;

/// <summary>What this run does to one member of the target session's batch.</summary>
public enum BatchChange
{
    /// <summary>Already scheduled for the session: nothing to do.</summary>
    Kept,

    /// <summary>Taken from the backlog now.</summary>
    Added,

    /// <summary>Labelled in review by hand: gets its comment and board move now.</summary>
    Adopted,

    /// <summary>Its session was skipped: its comment now names the target session.</summary>
    Moved,
}
