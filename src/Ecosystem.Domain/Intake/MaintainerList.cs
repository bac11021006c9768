namespace Ecosystem.Domain.Intake;

/// <summary>
/// The maintainers answer as read: <paramref name="Handles"/> are GitHub logins without '@', in order, distinct
/// (case-insensitive); <paramref name="NotHandles"/> are the entries that named no handle (a person's name, a team
/// page, a bare word beside marked handles), as written.
/// </summary>
public sealed record MaintainerList(IReadOnlyList<string> Handles, IReadOnlyList<string> NotHandles);
