namespace Ecosystem.Domain.Intake;

/// <summary>Another application issue for the same repository.</summary>
public sealed record PriorApplication(
    int Number,
    string Title,
    string HtmlUrl,
    bool IsOpen,
    IReadOnlyList<string> Labels,
    DateTimeOffset? ClosedAt);
