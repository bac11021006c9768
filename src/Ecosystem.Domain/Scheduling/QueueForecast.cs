using System.Globalization;
using System.Text;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// When each waiting application is expected to be reviewed: the queue is poured, in review order, into the
/// room left in the target session and then into each following session at <see cref="BatchSize"/> a session.
/// Plain records, so the host can write it as the <c>forecast</c> JSON output.
/// </summary>
public sealed record QueueForecast(int BatchSize, IReadOnlyList<ForecastSession> Sessions, IReadOnlyList<ForecastEntry> Queue)
{
    /// <summary>Sessions drawn in the chart; the table and the JSON carry all of them.</summary>
    public const int ChartSessions = 6;

    /// <summary>Rows shown in the summary table.</summary>
    public const int TableRows = 100;

    public static QueueForecast Build(
        ReviewSession? target,
        IReadOnlyList<QueueCandidate> scheduled,
        int targetSize,
        IReadOnlyList<QueueCandidate> queue,
        IEnumerable<ReviewSession> following,
        int batchSize)
    {
        var sessions = new List<ForecastSession>();
        var entries = new List<ForecastEntry>(queue.Count);
        var next = 0;
        if (target is not null)
        {
            var room = Math.Max(0, targetSize - scheduled.Count);
            var expected = queue.Take(room).ToList();
            sessions.Add(new ForecastSession(target.Date, target.StartsAt, [.. scheduled.Select(a => a.Number)], [.. expected.Select(a => a.Number)]));
            entries.AddRange(expected.Select(a => Entry(a, ++next, target.Date)));

            using var later = following.GetEnumerator();
            while (next < queue.Count && later.MoveNext())
            {
                var session = later.Current;
                var batch = queue.Skip(next).Take(batchSize).ToList();
                sessions.Add(new ForecastSession(session.Date, session.StartsAt, [], [.. batch.Select(a => a.Number)]));
                entries.AddRange(batch.Select(a => Entry(a, ++next, session.Date)));
            }
        }

        entries.AddRange(queue.Skip(next).Select(a => Entry(a, ++next, null)));
        return new QueueForecast(batchSize, sessions, entries);
    }

    /// <summary>A Markdown table of the queue (first <see cref="TableRows"/> rows).</summary>
    public string ToMarkdownTable()
    {
        if (Queue.Count == 0)
        {
            return "_No application is waiting in the queue._";
        }

        var sb = new StringBuilder("| Place | Application | Expected session |\n|---:|---|---|\n");
        foreach (var entry in Queue.Take(TableRows))
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {entry.Position} | [#{entry.IssueNumber}]({entry.Url}) {MarkdownText.TableCell(entry.Title, 120)} | ")
              .Append(entry.ExpectedSession is { } date ? Iso(date) : "not in the calendar yet")
              .Append(" |\n");
        }

        if (Queue.Count > TableRows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n…and {Queue.Count - TableRows} more (see the `forecast` output).\n");
        }

        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// A Mermaid timeline of the coming sessions and their batches. Only issue numbers go into the chart: Mermaid
    /// has no escaping that survives every renderer, and titles are the applicants' text.
    /// </summary>
    public string ToMermaid()
    {
        if (Sessions.Count == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder("```mermaid\ntimeline\n    title Coming review sessions\n");
        foreach (var session in Sessions.Take(ChartSessions))
        {
            sb.Append("    ").Append(Iso(session.Date));
            if (session.Scheduled.Count > 0)
            {
                sb.Append(" : scheduled ").Append(Numbers(session.Scheduled));
            }

            if (session.Expected.Count > 0)
            {
                sb.Append(" : expected ").Append(Numbers(session.Expected));
            }

            if (session.Scheduled.Count == 0 && session.Expected.Count == 0)
            {
                sb.Append(" : no application yet");
            }

            sb.Append('\n');
        }

        if (Sessions.Count > ChartSessions)
        {
            sb.Append(CultureInfo.InvariantCulture, $"    later : {Sessions.Count - ChartSessions} more sessions\n");
        }

        return sb.Append("```").ToString();
    }

    private static ForecastEntry Entry(QueueCandidate application, int position, DateOnly? session) =>
        new(application.Number, application.Title, application.Url, position, session);

    private static string Numbers(IEnumerable<int> numbers) =>
        string.Join(", ", numbers.Select(n => "No. " + n.ToString(CultureInfo.InvariantCulture)));

    private static string Iso(DateOnly date) => date.ToString(ReviewCalendarSettings.DateFormat, CultureInfo.InvariantCulture);
}
