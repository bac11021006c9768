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

    public bool IntakeComplete { get; init; }

    /// <summary>One line on the intake result for the agenda, e.g. "complete" or "2 problems".</summary>
    public string IntakeVerdict { get; init; } = string.Empty;

    public DateOnly? ScheduledSession { get; init; }

    /// <summary>Who opened the application: never its reviewer.</summary>
    public string Author { get; init; } = string.Empty;

    /// <summary>The maintainer handles the form lists, without '@': never its reviewers.</summary>
    public IReadOnlyList<string> Maintainers { get; init; } = [];

    /// <summary>The owner of the repository the application names, or null: its members are never its reviewers.</summary>
    public string? RepositoryOwner { get; init; }

    /// <summary>The issue's assignees now, the reviewers who lead its review (set by the automation or by hand).</summary>
    public IReadOnlyList<string> Assignees { get; init; } = [];

    public bool HasLabel(string label) => Labels.Any(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase));

    public static QueueCandidate FromIssue(IssueSnapshot issue, bool intakeComplete, string intakeVerdict, DateOnly? scheduledSession) =>
        new(issue.Number, issue.Title, issue.HtmlUrl, issue.Labels, issue.CreatedAt)
        {
            IsOpen = issue.IsOpen,
            IntakeComplete = intakeComplete,
            IntakeVerdict = intakeVerdict,
            ScheduledSession = scheduledSession,
            Author = issue.Author,
            Assignees = issue.Assignees,
        };
}
