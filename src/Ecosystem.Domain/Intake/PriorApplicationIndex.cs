namespace Ecosystem.Domain.Intake;

/// <summary>Applications (open and closed) by the repository they name, from one listing: no request per application.</summary>
public sealed class PriorApplicationIndex(IEnumerable<Application> applications)
{
    private readonly ILookup<string, PriorApplication> _byRepository = applications
        .Where(application => application is { Kind: ApplicationKind.Application, Repository: not null })
        .ToLookup(
            application => application.Repository?.FullName ?? string.Empty,
            application => new PriorApplication(application.Issue),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>The other applications naming the same repository as <paramref name="application"/> (itself left out).</summary>
    public IReadOnlyList<PriorApplication> For(Application application) =>
        application.Repository is { } repository
            ? [.. _byRepository[repository.FullName].Where(p => p.Issue.Number != application.Issue.Number)]
            : [];
}
