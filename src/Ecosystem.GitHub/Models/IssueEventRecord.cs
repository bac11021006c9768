namespace Ecosystem.GitHub.Models;

/// <summary>One entry of an issue's timeline events (<c>labeled</c>, <c>unlabeled</c>, <c>closed</c>, <c>reopened</c> …).</summary>
/// <param name="Id">GitHub's id of the event.</param>
/// <param name="Event">GitHub's event name, e.g. <c>labeled</c>.</param>
/// <param name="Actor">Login of who did it ("" when GitHub names nobody, e.g. a deleted account).</param>
/// <param name="Label">The label of a <c>labeled</c>/<c>unlabeled</c> event, else null.</param>
/// <param name="CreatedAt">When it happened.</param>
public sealed record IssueEventRecord(long Id, string Event, string Actor, string? Label, DateTimeOffset CreatedAt)
{
    /// <summary>The actor's account id (0 when unknown): who it is, whatever the login says.</summary>
    public long ActorId { get; init; }

    /// <summary>The actor's REST <c>type</c> is <c>Bot</c>.</summary>
    public bool ActorIsBot { get; init; }
}
