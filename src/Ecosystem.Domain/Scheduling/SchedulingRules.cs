using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Scheduling;

/// <summary>How batches are filled (configuration keys under <c>labels</c>, <c>sessions</c> and <c>board</c>).</summary>
public sealed record SchedulingRules
{
    public LabelNames Labels { get; init; } = new();

    /// <summary>A batch is filled once the next session is at most this many days away.</summary>
    public int LeadDays { get; init; } = 14;

    public int BatchMin { get; init; } = 7;
    public int BatchMax { get; init; } = 10;
    public bool RemoveNewOnSchedule { get; init; } = true;

    /// <summary>Whether <see cref="LabelNames.Returning"/> puts an application ahead of the issue-number order.</summary>
    public ReviewOrder Order { get; init; } = ReviewOrder.ReturningFirst;

    /// <summary>Lead reviewers assigned to each application joining a batch; 0 assigns none.</summary>
    public int ReviewersPerApplication { get; init; } = 1;

    /// <summary>Earlier sessions whose reviews count towards a member's load.</summary>
    public int AssignmentHistorySessions { get; init; } = 6;

    /// <summary>Working Group members who vote but are not picked to lead reviews for now (away, on leave).</summary>
    public IReadOnlyList<string> Unavailable { get; init; } = [];

    /// <summary>The board's columns (a scheduled application goes to <see cref="BoardColumns.InProgress"/>); null when there is no board.</summary>
    public BoardColumns? Columns { get; init; } = new();
}
