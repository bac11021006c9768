using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Voting;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands.Tally;

/// <summary>
/// Opens the staff onboarding issue of an accepted application, once: an issue the automation already opened for it
/// (found by its hidden application line among the open issues, read only on the run that needs it) is reused, so a run
/// that failed after opening it and before writing the outcome comment does not open a second one.
/// </summary>
public sealed class OnboardingOpener(IGitHubGateway gateway, IReadOnlyList<string> checklist, IReadOnlyList<string> staff)
{
    private IReadOnlyList<IssueSnapshot>? _open;

    /// <summary>The onboarding issue's number and the write made (null when it existed); number null in a dry run that would open it.</summary>
    public async Task<(int? Number, PlannedWrite? Write)> FindOrOpenAsync(IssueSnapshot application)
    {
        ArgumentNullException.ThrowIfNull(application);
        _open ??= await gateway.GetOpenIssuesAsync();
        var automation = await gateway.GetAutomationAsync();
        var existing = _open
            .Where(i => automation.Opened(i) && OnboardingIssue.ApplicationOf(i.Body) == application.Number)
            .OrderBy(i => i.Number)
            .FirstOrDefault();
        if (existing is not null)
        {
            return (existing.Number, null);
        }

        var (title, body) = OnboardingIssue.Draft(application, checklist);
        var request = new IssueDraft(title, body) { Assignees = [.. staff.Order(StringComparer.OrdinalIgnoreCase)] };
        var created = await gateway.CreateIssueAsync(request);
        return (created.Number > 0 ? created.Number : null, WriteDescriptions.CreateIssue(request));
    }
}
