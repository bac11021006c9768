namespace Ecosystem.Domain.Status;

/// <summary>
/// One open application on the page: its stage, its place in the queue (backlog only) and the session it is
/// expected at (null when none is known yet), and its reviewers (the assignees).
/// </summary>
public sealed record ApplicationStatus(
    int Number,
    string Title,
    string Url,
    ApplicationStage Stage,
    int? Position,
    DateOnly? ExpectedSession,
    IReadOnlyList<string> Reviewers);
