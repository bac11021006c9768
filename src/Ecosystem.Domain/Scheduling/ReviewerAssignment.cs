using System.Text.Json.Serialization;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// The lead reviewers of one application in the batch: all of them after this run, and those this run adds. Written as
/// is as an item of the <c>schedule</c> output <c>assignments</c>.
/// </summary>
/// <param name="IssueNumber">The application.</param>
/// <param name="Reviewers">Its assignees once the plan is applied, those set by hand first.</param>
/// <param name="Added">The reviewers this run assigns.</param>
/// <param name="Missing">How many of the wanted reviewers no available member could fill (0 when complete).</param>
public sealed record ReviewerAssignment(
    [property: JsonPropertyName("issue")] int IssueNumber, IReadOnlyList<string> Reviewers, IReadOnlyList<string> Added, int Missing)
{
    /// <summary>The lead reviewers who left the Working Group that this run takes off the issue (<see cref="ReviewerPool.LeftGroup"/>).</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];
}
