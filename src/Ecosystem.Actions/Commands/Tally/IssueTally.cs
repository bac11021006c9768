using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Voting;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands.Tally;

/// <summary>What one issue's tally found and changed.</summary>
/// <param name="Issue">The issue as read before any change.</param>
/// <param name="Result">The tally; null when the issue was skipped.</param>
/// <param name="Writes">The writes made (or, in a dry run, planned) on the issue and the board.</param>
/// <param name="Skipped">Why the issue was not tallied, or null.</param>
public sealed record IssueTally(IssueSnapshot Issue, TallyResult? Result, IReadOnlyList<PlannedWrite> Writes, string? Skipped);
