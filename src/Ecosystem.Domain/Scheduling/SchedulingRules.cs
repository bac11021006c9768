using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// How batches are filled: the label names (defaults follow the live tracker), the lead time, the batch size, the
/// review order and the board column scheduled applications move to. Built by the host from the <c>labels</c>, <c>sessions</c> and
/// <c>board</c> configuration keys.
/// </summary>
public sealed record SchedulingRules
{
    public string NewLabel { get; init; } = ProcessLabels.New;
    public string InReviewLabel { get; init; } = ProcessLabels.InReview;
    public string ReturningLabel { get; init; } = ProcessLabels.Returning;
    public string WaitingLabel { get; init; } = ProcessLabels.Waiting;

    /// <summary>
    /// Labels that mean an application is past review (voting or an outcome). The live tracker leaves <c>New</c> on
    /// such issues, so these keep a stale <c>New</c> from putting a decided application back into a batch.
    /// </summary>
    public IReadOnlyList<string> SettledLabels { get; init; } = [ProcessLabels.Voting, ProcessLabels.Accepted, ProcessLabels.Declined, ProcessLabels.TooEarly, ProcessLabels.CommunityHighlight];

    /// <summary>A batch is filled once the next session is at most this many days away.</summary>
    public int LeadDays { get; init; } = 14;

    public int BatchMin { get; init; } = 7;
    public int BatchMax { get; init; } = 10;
    public bool RemoveNewOnSchedule { get; init; } = true;

    /// <summary>Whether <see cref="ReturningLabel"/> puts an application ahead of the issue-number order.</summary>
    public ReviewOrder Order { get; init; } = ReviewOrder.ReturningFirst;

    /// <summary>The board column for scheduled applications; null when the repository has no board.</summary>
    public string? InProgressColumn { get; init; } = "In progress";
}
