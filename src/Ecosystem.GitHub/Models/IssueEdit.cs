using Ecosystem.Domain.Issues;

namespace Ecosystem.GitHub.Models;

/// <summary>Changes to an issue; null members are left as they are (nothing else is sent).</summary>
public sealed record IssueEdit
{
    public string? Title { get; init; }
    public string? Body { get; init; }
    public IssueStateChange? State { get; init; }

    /// <summary>The whole new set of labels, replacing the issue's (sent with a state change so both land at once).</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>The whole new set of assignees, replacing the issue's.</summary>
    public IReadOnlyList<string>? Assignees { get; init; }

    public bool IsEmpty => Title is null && Body is null && State is null && Labels is null && Assignees is null;
}
