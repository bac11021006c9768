namespace Ecosystem.Domain.Intake;

/// <summary>Logins without '@', distinct in any case, and the entries that named none, as written.</summary>
public sealed record MaintainerList(IReadOnlyList<string> Handles, IReadOnlyList<string> NotHandles);
