namespace Ecosystem.Domain.Guardians;

/// <summary>A decision made <see cref="At"/> (every date in the texts follows), with staff's <see cref="Note"/>, if any.</summary>
public sealed record OutcomeDecision(DateTimeOffset At, string By, string? Note = null, string? NoteUrl = null);
