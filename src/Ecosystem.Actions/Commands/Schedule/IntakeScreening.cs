namespace Ecosystem.Actions.Commands.Schedule;

/// <summary>What <see cref="IntakeScreen"/> found: complete or not, and a short verdict for the agenda.</summary>
public sealed record IntakeScreening(bool Complete, string Verdict);
