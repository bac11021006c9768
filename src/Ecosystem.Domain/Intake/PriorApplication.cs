namespace Ecosystem.Domain.Intake;

/// <summary>Another application issue for the same repository.</summary>
public sealed record PriorApplication(
    int Number,
    string HtmlUrl,
    bool IsOpen,
    IReadOnlyList<string> Labels,
    DateTimeOffset? ClosedAt)
{
    /// <summary>
    /// When its outcome label was last added, for a decided application still open (declined issues stay open unless
    /// <c>voting.close-declined-issues</c>); null when not read. A closed one counts from <see cref="ClosedAt"/>.
    /// </summary>
    public DateTimeOffset? DecidedAt { get; init; }
}
