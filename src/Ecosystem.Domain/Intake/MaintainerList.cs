namespace Ecosystem.Domain.Intake;

/// <summary>
/// Logins without '@', distinct in any case, and the entries that named none (a person's name, a team page, a bare word
/// beside marked handles) as written.
/// </summary>
public sealed record MaintainerList(IReadOnlyList<string> Handles, IReadOnlyList<string> NotHandles);
