namespace Ecosystem.Domain.Intake;

/// <summary>
/// A required file (requirements 15–19), named one of the stems in any case. With <paramref name="OwnerDefault"/>, GitHub
/// shows the owner's default from its <c>.github</c> repository on a repository without its own (CONTRIBUTING,
/// CODE_OF_CONDUCT); it has none for a licence, a README or CODEOWNERS. With <paramref name="ExactName"/>, only the stem
/// itself is the file: GitHub reads code owners from CODEOWNERS, never from a CODEOWNERS.md.
/// </summary>
public sealed record LayoutFile(int Requirement, string Name, IReadOnlyList<string> Stems, bool OwnerDefault = false, bool ExactName = false);
