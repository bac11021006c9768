using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Actions.Commands.Validate;

/// <summary>
/// Every application in one listing of the repository's issues (open and closed), by the repository it names,
/// so that each application learns of the others for the same project without another request.
/// </summary>
public sealed class PriorApplicationIndex
{
    private readonly Dictionary<string, List<PriorApplication>> _byRepository = new(StringComparer.OrdinalIgnoreCase);

    public PriorApplicationIndex(IEnumerable<IssueSnapshot> issues, IntakeAssessor assessor)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(assessor);
        foreach (var issue in issues)
        {
            var application = assessor.Read(issue);
            if (application.Kind != ApplicationKind.Application || application.Repository is not { } repository)
            {
                continue;
            }

            if (!_byRepository.TryGetValue(repository.FullName, out var list))
            {
                _byRepository[repository.FullName] = list = [];
            }

            list.Add(new PriorApplication(issue.Number, issue.Title, issue.HtmlUrl, issue.IsOpen, issue.Labels, issue.ClosedAt));
        }
    }

    /// <summary>The other applications naming the same repository as <paramref name="application"/> (itself left out).</summary>
    public PriorApplications For(Application application)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.Repository is not { } repository || !_byRepository.TryGetValue(repository.FullName, out var list))
        {
            return new PriorApplications([]);
        }

        return new PriorApplications([.. list.Where(p => p.Number != application.Issue.Number)]);
    }
}
