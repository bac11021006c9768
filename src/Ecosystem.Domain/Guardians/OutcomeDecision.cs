namespace Ecosystem.Domain.Guardians;

/// <summary>
/// A decision on an application: made <see cref="At"/> the outcome label's add or the vote's close (every date in the
/// texts follows from it), with staff's <see cref="Note"/> after <c>/vote close &lt;outcome&gt;</c>.
/// </summary>
public sealed record OutcomeDecision(DateTimeOffset At, string By, string? Note = null, string? NoteUrl = null);
