using Ecosystem.Actions.Commands.Schedule;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Status;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Identity;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands.Status;

/// <summary>
/// Reads every issue of the repository once, by the page (<see cref="IGitHubGateway.GetIssueHistoriesAsync"/>),
/// and keeps the applications: issues that carry, or once carried, a label of the process. The automation's agenda
/// issues are not applications. Each is screened like the scheduler screens the backlog, and its session is the
/// one named in the automation's own review-session comment.
/// </summary>
public sealed class StatusPageReader(IGitHubGateway gateway, StatusRules rules, IntakeScreen intake)
{
    public async Task<IReadOnlyList<StatusApplication>> ReadAsync(AutomationAccount automation, CancellationToken cancellationToken)
    {
        var histories = await gateway.GetIssueHistoriesAsync(IssueStateFilter.All);
        var applications = new List<StatusApplication>();
        foreach (var history in histories)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (BacklogReader.IsAgenda(history.Issue, automation) || !IsApplication(history))
            {
                continue;
            }

            applications.Add(new StatusApplication(history, intake.Candidate(history.Issue, BacklogReader.RecordedSession(history.Comments, automation))));
        }

        return applications;
    }

    private bool IsApplication(IssueHistory history) =>
        rules.ProcessLabels.Any(label => history.Issue.HasLabel(label)
            || history.LabelEvents.Any(e => string.Equals(e.Label, label, StringComparison.OrdinalIgnoreCase)));
}
