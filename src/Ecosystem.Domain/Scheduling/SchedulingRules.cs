namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// How batches are filled: the label names (defaults follow the live tracker), the lead time, the batch size, the
/// review order and the board column scheduled applications move to. Built by the host from the <c>labels</c>, <c>sessions</c> and
/// <c>board</c> configuration keys.
/// </summary>
public sealed record SchedulingRules
{
    public string NewLabel { get; init; } = "New";
    public string InReviewLabel { get; init; } = "In review";
    public string ReturningLabel { get; init; } = "Returning";
    public string WaitingLabel { get; init; } = "Waiting on comment";

    /// <summary>
    /// Labels that mean an application is past review (voting or an outcome). The live tracker leaves <c>New</c> on
    /// such issues, so these keep a stale <c>New</c> from putting a decided application back into a batch.
    /// </summary>
    public IReadOnlyList<string> SettledLabels { get; init; } = ["in voting", "Accepted", "Declined", "Too early", "Blog candidate"];

    /// <summary>A batch is filled once the next session is at most this many days away.</summary>
    public int LeadDays { get; init; } = 14;

    public int BatchMin { get; init; } = 7;
    public int BatchMax { get; init; } = 10;
    public bool RemoveNewOnSchedule { get; init; } = true;

    /// <summary>Whether <see cref="ReturningLabel"/> puts an application ahead of the issue-number order.</summary>
    public ReviewOrder Order { get; init; } = ReviewOrder.ReturningFirst;

    /// <summary>The board column for scheduled applications; null when the repository has no board.</summary>
    public string? InProgressColumn { get; init; } = "In progress";

    /// <summary>Every invalid value, each as <c>key.path: what is wrong</c>; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (LeadDays < 0)
        {
            problems.Add($"sessions.lead-days: {LeadDays} is negative; give the number of days before a session to fill its batch, e.g. 14.");
        }

        if (BatchMin < 1)
        {
            problems.Add($"sessions.batch.min: {BatchMin} must be at least 1.");
        }

        if (BatchMax < 1)
        {
            problems.Add($"sessions.batch.max: {BatchMax} must be at least 1.");
        }
        else if (BatchMin > BatchMax)
        {
            problems.Add($"sessions.batch.min: {BatchMin} is larger than sessions.batch.max ({BatchMax}).");
        }

        foreach (var (key, value) in new[] { ("new", NewLabel), ("in-review", InReviewLabel), ("returning", ReturningLabel), ("waiting", WaitingLabel) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"labels.{key}: the label name is empty.");
            }
        }

        if (string.Equals(NewLabel, InReviewLabel, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"labels.in-review: '{InReviewLabel}' is the same as labels.new; scheduled and waiting applications need different labels.");
        }

        return problems;
    }
}
