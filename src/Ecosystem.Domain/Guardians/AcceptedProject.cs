using System.Globalization;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Guardians;

/// <summary>An accepted ecosystem project, due for a re-check at every anniversary of its acceptance.</summary>
/// <param name="Name">The project's name, as in the periodic review's title.</param>
/// <param name="ApplicationUrl">Its application issue (or the config entry's link).</param>
/// <param name="AcceptedAt">When it was accepted; see <see cref="AcceptedAtOf"/>.</param>
/// <param name="Maintainers">
/// GitHub logins to mention on a shortfall (the host passes known accounts, e.g. the application's
/// author and verified maintainers: a form answer like "TBA" reads as a login and would ping a stranger);
/// entries that cannot be logins are left out.
/// </param>
public sealed record AcceptedProject(string Name, string ApplicationUrl, DateTimeOffset AcceptedAt, IReadOnlyList<string> Maintainers)
{
    /// <summary>
    /// When <paramref name="application"/> was accepted: the last time the accepted label was added;
    /// without a timeline event, when it was closed or else opened. Null if it is not accepted.
    /// </summary>
    public static DateTimeOffset? AcceptedAtOf(IssueSnapshot application, IReadOnlyList<LabelEvent> labelEvents, GuardianRules rules)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(rules);
        if (!application.HasLabel(rules.AcceptedLabel))
        {
            return null;
        }

        return ApplicationThread.LastAdded(labelEvents, rules.AcceptedLabel) ?? application.ClosedAt ?? application.CreatedAt;
    }

    /// <summary>The project's name: the application's title without the form's prefix, else its repository's name, else its number.</summary>
    public static string NameOf(IssueSnapshot issue, Application application, IntakeRules rules)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(rules);
        var title = issue.Title.Trim();
        var prefix = rules.TitlePrefix.Trim();
        if (prefix.Length > 0 && title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            title = title[prefix.Length..].Trim();
        }

        return title.Length > 0 ? title : application.Repository?.Name ?? $"#{issue.Number.ToString(CultureInfo.InvariantCulture)}";
    }
}
