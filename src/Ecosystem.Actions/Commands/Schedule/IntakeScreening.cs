namespace Ecosystem.Actions.Commands.Schedule;

/// <summary>
/// What <see cref="IntakeScreen"/> found: complete or not, a short verdict for the agenda, and what reviewer assignment
/// needs from the form (the maintainers it lists, the owner of the repository it names).
/// </summary>
public sealed record IntakeScreening(bool Complete, string Verdict)
{
    public IReadOnlyList<string> Maintainers { get; init; } = [];

    public string? RepositoryOwner { get; init; }
}
