using Ecosystem.GitHub.Models;

namespace Ecosystem.GitHub.Plans;

/// <summary>
/// What <see cref="IssuePlanApplier"/> wrote (or, in a dry run, recorded), in order, and why the board was left as it
/// was, if it was.
/// </summary>
public sealed record AppliedPlan(IReadOnlyList<PlannedWrite> Writes, string? BoardProblem = null);
