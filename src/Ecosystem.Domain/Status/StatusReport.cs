namespace Ecosystem.Domain.Status;

/// <summary>Everything the status page shows, computed once; rendered as HTML and as the step summary.</summary>
public sealed record StatusReport(
    DateTimeOffset GeneratedAt,
    DateOnly Today,
    string TimeZone,
    string RepositoryUrl,
    IReadOnlyList<ApplicationStatus> Applications,
    IReadOnlyList<SessionStatus> Sessions,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<ProcessFigure> Figures,
    IReadOnlyList<SessionCount> ReviewedPerSession);
