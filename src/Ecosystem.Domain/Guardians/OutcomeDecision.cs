namespace Ecosystem.Domain.Guardians;

/// <summary>A decision on an application, as the thread records it.</summary>
/// <param name="At">When it was made: the outcome label added, or the vote closed; every date in the texts follows from it.</param>
/// <param name="By">The staff or Working Group login that made it.</param>
/// <param name="Note">The group's own words given with the decision (the text after <c>/vote close &lt;outcome&gt;</c>); null when none.</param>
/// <param name="NoteUrl">The comment the note is in; null when none.</param>
public sealed record OutcomeDecision(DateTimeOffset At, string By, string? Note = null, string? NoteUrl = null);
