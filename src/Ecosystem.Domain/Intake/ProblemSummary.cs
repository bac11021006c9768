namespace Ecosystem.Domain.Intake;

/// <summary>One line of the machine-readable summary (the action's <c>problems</c> output).</summary>
public sealed record ProblemSummary(string Check, string Status, string Message);
