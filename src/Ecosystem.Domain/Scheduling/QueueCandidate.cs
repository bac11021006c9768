using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// An open application as the scheduler sees it: the issue, and what intake and the automation's own comments add.
/// Waiting, returning and scheduled are read from the issue's labels with the configured names;
/// <see cref="ScheduledSession"/> is the date written in the automation's own <c>review-session</c> comment
/// (<see cref="ReviewSessionNotice.SessionDateIn"/>), null when the issue has none.
/// </summary>
public sealed record QueueCandidate(IssueSnapshot Issue)
{
    public bool IntakeComplete { get; init; }

    /// <summary>One line on the intake result for the agenda, e.g. "complete" or "2 problems".</summary>
    public string IntakeVerdict { get; init; } = string.Empty;

    public DateOnly? ScheduledSession { get; init; }

    /// <summary>
    /// The session the automation's <c>review-session</c> comment names, which the application was withdrawn from (closed, or
    /// waiting on its applicant, when it started:
    /// <see cref="ReviewSessionNotice.RecordedIn(IssueHistory, string, ReviewCalendar, string, DateTimeOffset)"/>), or null.
    /// Never reviewed there, it has no <see cref="ScheduledSession"/>; reopened or answered, it waits in the queue again, in
    /// review order, as one labelled new does.
    /// </summary>
    public DateOnly? WithdrawnFrom { get; init; }

    /// <summary>
    /// For an early resubmission, the date its intake report says it is reviewed as new from (<see cref="Intake.ResubmissionWait.Until"/>):
    /// it waits on that date, not on an answer. Null otherwise.
    /// </summary>
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
