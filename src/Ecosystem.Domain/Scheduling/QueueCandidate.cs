using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// An open application as the scheduler sees it: the issue, and what intake and the automation's own comments add
/// (<see cref="ScheduledSession"/>: the date its <c>review-session</c> comment records).
/// </summary>
public sealed record QueueCandidate(IssueSnapshot Issue)
{
    public bool IntakeComplete { get; init; }

    /// <summary>One line on the intake result for the agenda, e.g. "complete" or "2 problems".</summary>
    public string IntakeVerdict { get; init; } = string.Empty;

    public DateOnly? ScheduledSession { get; init; }

    /// <summary>
    /// The session its notice names that it was withdrawn from (closed or waiting as it started,
    /// <see cref="ReviewSessionNotice.RecordedIn(IssueHistory, string, ReviewCalendar, string, DateTimeOffset)"/>): never
    /// reviewed there, reopened or answered, it waits in the queue again.
    /// </summary>
    public DateOnly? WithdrawnFrom { get; init; }

    /// <summary>An early resubmission's date (<see cref="Intake.ResubmissionWait.Until"/>): it waits on that, not on an answer.</summary>
    public DateOnly? WaitsUntil { get; init; }

    /// <summary>The maintainer handles the form lists, without '@': never its reviewers.</summary>
    public IReadOnlyList<string> Maintainers { get; init; } = [];

    /// <summary>The owner of the repository the application names, or null: its members are never its reviewers.</summary>
    public string? RepositoryOwner { get; init; }

    /// <summary>The automation's queue-position comment as it reads now, or null (then it never stood in the queue).</summary>
    public string? QueueNotice { get; init; }

    /// <summary>The automation's review-session comments as they read now (twins, when two runs posted it), or null.</summary>
    public OwnComments? SessionNotice { get; init; }
}
