using Ecosystem.Domain.Issues;

namespace Ecosystem.GitHub.Models;

/// <summary>Changes to an issue; null members are left as they are (nothing else is sent).</summary>
public sealed record IssueEdit
{
    public string? Title { get; init; }
    public string? Body { get; init; }
    public IssueStateChange? State { get; init; }

    // No label or assignee list: those change by name (add, remove), never by sending a whole list read earlier, which
    // would undo what another run changed in between.
    public bool IsEmpty => Title is null && Body is null && State is null;
}
