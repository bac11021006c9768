using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Plans;

namespace Ecosystem.Actions.Commands.Schedule;

/// <summary>
/// Keeps the one agenda issue of a session: created when missing, its body edited only when the text differs; a second
/// one (two runs at once) is closed as a duplicate of the first.
/// </summary>
public sealed class AgendaPublisher(IssuePlanApplier applier)
{
    /// <param name="agenda">The agenda as it should read.</param>
    /// <param name="agendaIssues">The automation's open agenda issues, as read with the backlog.</param>
    public async Task<AgendaOutcome> PublishAsync(IssueDraft agenda, IReadOnlyList<IssueSnapshot> agendaIssues)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(agendaIssues);
        var (current, closed) = await applier.KeepFirstAsync(
            agendaIssues.Where(i => string.Equals(i.Title.Trim(), agenda.Title, StringComparison.Ordinal)));
        var (issue, writes) = await applier.WriteIssueAsync(current, agenda);
        var change = current is null ? AgendaChange.Created : writes.Count == 0 ? AgendaChange.Unchanged : AgendaChange.Updated;
        return new AgendaOutcome(change, issue.Number, issue.HtmlUrl) { ClosedDuplicates = closed.Count };
    }
}
