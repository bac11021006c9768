using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Models;
using Ecosystem.GitHub.Writes;

namespace Ecosystem.Actions.Commands.Schedule;

/// <summary>
/// Keeps the one agenda issue of a session: created when missing, its body edited only when the text differs; a second
/// one (two runs at once) is closed as a duplicate of the first.
/// </summary>
public sealed class AgendaPublisher(IGitHubGateway gateway)
{
    /// <param name="agenda">The agenda as it should read.</param>
    /// <param name="agendaIssues">The automation's open agenda issues, as read with the backlog.</param>
    public async Task<AgendaOutcome> PublishAsync(AgendaIssue agenda, IReadOnlyList<IssueSnapshot> agendaIssues)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(agendaIssues);
        var (current, closed) = await DuplicateIssues.KeepFirstAsync(
            gateway,
            agendaIssues.Where(i => string.Equals(i.Title.Trim(), agenda.Title, StringComparison.Ordinal)));
        if (current is null)
        {
            var created = await gateway.CreateIssueAsync(new NewIssueRequest(agenda.Title, agenda.Body));
            return new AgendaOutcome(AgendaChange.Created, created.Number, created.HtmlUrl);
        }

        if (Normalise(current.Body) == Normalise(agenda.Body))
        {
            return new AgendaOutcome(AgendaChange.Unchanged, current.Number, current.HtmlUrl) { ClosedDuplicates = closed.Count };
        }

        await gateway.UpdateIssueAsync(current.Number, new IssueEdit { Body = agenda.Body });
        return new AgendaOutcome(AgendaChange.Updated, current.Number, current.HtmlUrl) { ClosedDuplicates = closed.Count };
    }

    // GitHub may hand back CRLF line endings or drop a trailing newline; neither is worth an edit.
    private static string Normalise(string body) => body.ReplaceLineEndings("\n").TrimEnd();
}
