using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// An open application as the scheduler sees it. Waiting, returning and scheduled are read from
/// <see cref="Labels"/> with the configured names; <see cref="ScheduledSession"/> is the date written in the
/// automation's own <c>review-session</c> comment (<see cref="ReviewSessionNotice.SessionDateIn"/>), null when
/// the issue has none.
/// </summary>
public sealed record QueueCandidate(int Number, string Title, string Url, IReadOnlyList<string> Labels, DateTimeOffset CreatedAt)
{
    public bool IsOpen { get; init; } = true;

    /// <summary>The intake check found the application complete.</summary>
    public bool IntakeComplete { get; init; }

    /// <summary>One line on the intake result for the agenda, e.g. "complete" or "2 problems".</summary>
    public string IntakeVerdict { get; init; } = string.Empty;

    public DateOnly? ScheduledSession { get; init; }

    public bool HasLabel(string label) => Labels.Any(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase));

    public static QueueCandidate FromIssue(IssueSnapshot issue, bool intakeComplete, string intakeVerdict, DateOnly? scheduledSession) =>
        new(issue.Number, issue.Title, issue.HtmlUrl, issue.Labels, issue.CreatedAt)
        {
            IsOpen = issue.IsOpen,
            IntakeComplete = intakeComplete,
            IntakeVerdict = intakeVerdict,
            ScheduledSession = scheduledSession,
        };
}
