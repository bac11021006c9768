using System.Globalization;
using System.Text;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Scheduling;

/// <summary>The agenda issue of a session: a deterministic title and a body listing the batch in review order.</summary>
public static class ReviewAgenda
{
    public static string Title(DateOnly sessionDate) => "Review session " + SessionText.Date(sessionDate);

    /// <summary>
    /// A link that always finds the agenda issue, usable before the issue exists (so comments naming it never need
    /// editing once it is created).
    /// </summary>
    public static string SearchUrl(string repositoryUrl, DateOnly sessionDate) =>
        repositoryUrl.TrimEnd('/') + "/issues?q=" + Uri.EscapeDataString($"is:issue in:title \"{Title(sessionDate)}\"");

    public static AgendaIssue Render(ReviewSession session, TimeZoneInfo zone, IReadOnlyList<ScheduledApplication> batch)
    {
        var rows = new StringBuilder();
        for (var i = 0; i < batch.Count; i++)
        {
            var application = batch[i].Application;
            var labels = string.Join(", ", batch[i].LabelsAfter.Select(l => MarkdownText.TableCell(l, 50)));
            rows.Append(CultureInfo.InvariantCulture, $"| {i + 1} | [#{application.Number}]({application.Url}) {MarkdownText.TableCell(application.Title, 120)} | ")
                .Append(MarkdownText.TableCell(application.IntakeVerdict, 120))
                .Append(" | ")
                .Append(labels)
                .Append(" |\n");
        }

        var body = Template.Load("review-session-agenda").Render(new Dictionary<string, string>
        {
            ["marker"] = HiddenMarker.For(AgendaIssue.Purpose),
            ["session-marker"] = SessionText.Marker(session.Date),
            ["date"] = SessionText.Date(session.Date),
            ["when"] = SessionText.When(session, zone),
            ["count"] = batch.Count == 1 ? "1 application" : batch.Count.ToString(CultureInfo.InvariantCulture) + " applications",
            ["rows"] = rows.ToString().TrimEnd('\n'),
        });
        return new AgendaIssue(session.Date, Title(session.Date), body);
    }
}
