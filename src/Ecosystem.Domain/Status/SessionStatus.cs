namespace Ecosystem.Domain.Status;

/// <summary>A coming review session: its batch (scheduled first, then expected, in review order) and its reviewers.</summary>
public sealed record SessionStatus(DateOnly Date, DateTimeOffset StartsAt, IReadOnlyList<ApplicationStatus> Batch, IReadOnlyList<string> Reviewers);
