namespace Ecosystem.Domain.Intake;

/// <summary>Another application issue for the same repository.</summary>
public sealed record PriorApplication(
    int Number,
    string HtmlUrl,
    bool IsOpen,
    IReadOnlyList<string> Labels,
    DateTimeOffset? ClosedAt)
{
    /// <summary>When a decided application still open got its outcome label (a closed one counts from <see cref="ClosedAt"/>).</summary>
    public DateTimeOffset? DecidedAt { get; init; }
}
