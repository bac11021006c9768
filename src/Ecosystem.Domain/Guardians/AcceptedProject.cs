using System.Globalization;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Guardians;

/// <summary>An accepted ecosystem project, due for a re-check at every anniversary of its acceptance.</summary>
/// <param name="Name">The project's name, as in the periodic review's title.</param>
/// <param name="ApplicationUrl">Its application issue (or the config entry's link).</param>
/// <param name="AcceptedAt">When it was accepted; see <see cref="Of"/>.</param>
/// <param name="Maintainers">
/// Logins to mention on a shortfall: known accounts only (a form answer like "TBA" reads as a login and would ping a
/// stranger); entries that cannot be logins are left out.
/// </param>
public sealed record AcceptedProject(string Name, string ApplicationUrl, DateTimeOffset AcceptedAt, IReadOnlyList<string> Maintainers)
{
    public int IssueNumber { get; init; }

    /// <summary>
    /// The project <paramref name="application"/> applied for. Its name is the application's project name, else its
    /// repository's name, else its issue's number. It was accepted when the accepted label was last added (a restore after
    /// an untrusted removal is no add: <see cref="LabelEvent.LastAdded"/>); without such an event (or listed in
    /// <c>housekeeping.recheck-projects</c> without the label), when the issue was closed, else opened.
    /// </summary>
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

    /// <summary>
    /// Whether <c>housekeeping.recheck-projects</c> names it (by its issue, or its application's repository): re-checked on every run
    /// while listed, whatever the schedule.
    /// </summary>
    public bool Listed { get; init; }

    /// <summary>Where its repository is now, when GitHub followed a rename or transfer from the one the application names.</summary>
    public RepositoryReference? MovedTo { get; init; }

    /// <summary>
    /// As tonight's <paramref name="facts"/> find it: its maintainers to mention (the issue's author and the listed handles
    /// that are accounts) and where its repository moved, if it did.
    /// </summary>
    public AcceptedProject MeasuredWith(Application application, IntakeFacts facts) => this with
    {
        Maintainers = [application.Issue.Author, .. application.MaintainerHandles.Where(h => facts.Maintainers?.Contains(h) == true)],
        MovedTo = facts.Repository is { Exists: true, Repository: var now }
            && !now.Is(application.Repository) ? now : null,
    };
}
