namespace Ecosystem.Domain.Status;

/// <summary>A decided application: the outcome label, when it was given, and the session that reviewed it (if recorded).</summary>
public sealed record Decision(int Number, string Title, string Url, string Outcome, DateOnly DecidedOn, DateOnly? Session);
