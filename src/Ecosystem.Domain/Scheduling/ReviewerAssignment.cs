using System.Text.Json.Serialization;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// The lead reviewers of one application in the batch once the plan is applied (those set by hand first), those this run
/// adds, and how many no available member could fill. Written as is as an item of the <c>schedule</c> output <c>assignments</c>.
/// </summary>
public sealed record ReviewerAssignment(
    [property: JsonPropertyName("issue")] int IssueNumber, IReadOnlyList<string> Reviewers, IReadOnlyList<string> Added, int Missing)
{
    /// <summary>
    /// The lead reviewers this run takes off the issue: who left the Working Group, or is away as the application joins the batch
    /// (<see cref="ReviewerPool.Replaced"/>).
    /// </summary>
    public IReadOnlyList<string> Removed { get; init; } = [];
}
