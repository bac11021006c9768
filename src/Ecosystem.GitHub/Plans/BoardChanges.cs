using Ecosystem.GitHub.Models;

namespace Ecosystem.GitHub.Plans;

/// <summary>What <see cref="BoardApplier"/> wrote (or, in a dry run, recorded), and why the board was left as it was, if it was.</summary>
public sealed record BoardChanges(IReadOnlyList<PlannedWrite> Writes, string? Problem = null);
