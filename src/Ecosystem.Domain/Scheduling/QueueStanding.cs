namespace Ecosystem.Domain.Scheduling;

/// <summary>Where one application stands relative to the target session.</summary>
public enum QueueStanding
{
    /// <summary>Closed, or neither in the backlog nor in review: not the scheduler's business.</summary>
    NotQueued,

    /// <summary>In the backlog and ready: waits its turn.</summary>
    Backlog,

    /// <summary>Carries the waiting label: out of the queue and out of any batch until the applicant answers.</summary>
    WaitingOnApplicant,

    /// <summary>In the backlog, but the intake check is not complete (also with the waiting label intake puts on it).</summary>
    IntakeIncomplete,

    /// <summary>Still labelled new, but also voting or decided: a stale label, never scheduled.</summary>
    Settled,

    /// <summary>In review, and the automation's comment names the target session.</summary>
    Scheduled,

    /// <summary>In review without the automation's comment (labelled by hand): joins the target session's batch.</summary>
    Unrecorded,

    /// <summary>In review for a session now cancelled (skipped, or taken out of the calendar): moves to the target session.</summary>
    SessionSkipped,

    /// <summary>In review for another upcoming session (e.g. one chosen by hand): left where it is.</summary>
    ScheduledElsewhere,

    /// <summary>In review for a session that has passed: awaiting its outcome.</summary>
    Reviewed,
}
