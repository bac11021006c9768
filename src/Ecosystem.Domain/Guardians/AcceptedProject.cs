using System.Globalization;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// An accepted ecosystem project, due for a re-check at every anniversary of its acceptance. <see cref="Maintainers"/>
/// are mentioned on a shortfall: known accounts only (a form answer like "TBA" reads as a login and would ping a stranger).
/// </summary>
public sealed record AcceptedProject(string Name, string ApplicationUrl, DateTimeOffset AcceptedAt, IReadOnlyList<string> Maintainers)
{
    public int IssueNumber { get; init; }

    /// <summary>Accepted at the label's last add (<see cref="LabelEvent.LastAdded"/>), else when the issue closed, else opened.</summary>
    public static AcceptedProject Of(
        Application application, IReadOnlyList<LabelEvent> labelEvents, GuardianRules rules, TrustedPeople people, string repositoryUrl)
    {
        var issue = application.Issue;
        var number = issue.Number.ToString(CultureInfo.InvariantCulture);
        var acceptedAt = issue.HasLabel(rules.Labels.Accepted) ? LabelEvent.LastAdded(labelEvents, rules.Labels.Accepted, people) : null;
        return new AcceptedProject(
            application.ProjectName.Length > 0 ? application.ProjectName : application.Repository?.Name ?? "#" + number,
            issue.HtmlUrl.Length > 0 ? issue.HtmlUrl : $"{repositoryUrl}/issues/{number}",
            acceptedAt ?? issue.ClosedAt ?? issue.CreatedAt,
            [])
        {
            IssueNumber = issue.Number,
            Listed = rules.RecheckProjects.Any(entry =>
                entry.IssueNumber == issue.Number || (entry.Repository is { } listed && listed.Is(application.Repository))),
        };
    }

    /// <summary>Named in <c>housekeeping.recheck-projects</c>: re-checked on every run while listed, whatever the schedule.</summary>
    public bool Listed { get; init; }

    /// <summary>Where its repository is now, when GitHub followed a rename or transfer from the one the application names.</summary>
    public RepositoryReference? MovedTo { get; init; }

    /// <summary>With the maintainers tonight's <paramref name="facts"/> find are accounts, and where its repository moved.</summary>
    public AcceptedProject MeasuredWith(Application application, IntakeFacts facts) => this with
    {
        Maintainers = [application.Issue.Author, .. application.MaintainerHandles.Where(h => facts.Maintainers?.Contains(h) == true)],
        MovedTo = facts.Repository is { Exists: true, Repository: var now }
            && !now.Is(application.Repository) ? now : null,
    };
}
