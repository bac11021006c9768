using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Actions.Commands.Validate;

/// <summary>
/// Every application in one listing of the repository's issues (open and closed), by the repository it names,
/// so that each application learns of the others for the same project without another request.
/// </summary>
public sealed class PriorApplicationIndex(IEnumerable<IssueSnapshot> issues, IntakeAssessor assessor)
{
    private readonly ILookup<string, PriorApplication> _byRepository = issues
        .Select(issue => (Issue: issue, Application: assessor.Read(issue)))
        .Where(read => read.Application is { Kind: ApplicationKind.Application, Repository: not null })
        .ToLookup(
            read => read.Application.Repository?.FullName ?? string.Empty,
            read => new PriorApplication(read.Issue.Number, read.Issue.HtmlUrl, read.Issue.IsOpen, read.Issue.Labels, read.Issue.ClosedAt),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>The other applications naming the same repository as <paramref name="application"/> (itself left out).</summary>
    public IReadOnlyList<PriorApplication> For(Application application) =>
        application.Repository is { } repository
            ? [.. _byRepository[repository.FullName].Where(p => p.Number != application.Issue.Number)]
            : [];
}
