namespace Ecosystem.Domain.Intake;

/// <summary>
/// A file the repository layout requires (requirements 15–19). It counts when an entry in the root, <c>.github/</c> or
/// <c>docs/</c> has one of <paramref name="Stems"/> as its name before the extension, in any case (<c>License.md</c>).
/// </summary>
public sealed record LayoutFile(int Requirement, string Name, IReadOnlyList<string> Stems);
