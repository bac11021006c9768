using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// What one <c>schedule</c> run wants: issue plans only for applications that change, the board column of every
/// application in the batch (the gateway writes only what differs from the board, so a move an earlier run could not make
/// is made by the next), the agenda issue of the target session (desired state: the host creates it or edits it only if
/// the body differs), the queue forecast and the step summary.
/// </summary>
public sealed record SchedulePlan(
    DateOnly Today,
    ReviewSession? Target,
    bool WindowOpen,
    IReadOnlyList<ScheduledApplication> Batch,
    IReadOnlyList<IssuePlan> IssuePlans,
    IReadOnlyList<IssuePlan> BoardPlans,
    IssueDraft? Agenda,
    QueueForecast Forecast,
    IReadOnlyList<HeldBackApplication> HeldBack,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The lead reviewers of each application in the batch (empty when assignment is off or the window is closed).</summary>
    public IReadOnlyList<ReviewerAssignment> Assignments { get; init; } = [];

    /// <summary>
    /// The queue-position comment of every application waiting in the queue or held back from it (desired state: the
    /// host writes only those whose text differs).
    /// </summary>
    public IReadOnlyList<IssuePlan> QueueNotices { get; init; } = [];

    /// <summary>Days from today (in the calendar's zone) to the target session; null without a target.</summary>
    public int? DaysUntilSession => Target is null ? null : Target.Date.DayNumber - Today.DayNumber;

    /// <summary>
    /// No application changes (one that joins the batch always gets its session comment): a run that writes nothing except,
    /// at most, an agenda body it already has and a board item an earlier run could not move.
    /// </summary>
    public bool IsEmpty => IssuePlans.Count == 0;
}
