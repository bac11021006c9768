namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// When each waiting application is expected to be reviewed: the queue is poured, in review order, into the
/// room left in the target session and then into each following session at <see cref="BatchSize"/> a session.
/// Plain records, so the host can write it as the <c>forecast</c> JSON output.
/// </summary>
public sealed record QueueForecast(int BatchSize, IReadOnlyList<ForecastSession> Sessions, IReadOnlyList<ForecastEntry> Queue)
{
    /// <summary>Rows shown in the summary table; the JSON carries all of them.</summary>
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
            sessions.Add(new ForecastSession(
                target.Date, target.StartsAt, [.. scheduled.Select(a => a.Issue.Number)], [.. expected.Select(a => a.Issue.Number)]));
            entries.AddRange(expected.Select(a => Entry(a, ++next, target.Date)));

            using var later = following.GetEnumerator();
            while (next < queue.Count && later.MoveNext())
            {
                var session = later.Current;
                var batch = queue.Skip(next).Take(batchSize).ToList();
                sessions.Add(new ForecastSession(session.Date, session.StartsAt, [], [.. batch.Select(a => a.Issue.Number)]));
                entries.AddRange(batch.Select(a => Entry(a, ++next, session.Date)));
            }
        }

        entries.AddRange(queue.Skip(next).Select(a => Entry(a, ++next, null)));
        return new QueueForecast(batchSize, sessions, entries);
    }

    private static ForecastEntry Entry(QueueCandidate application, int position, DateOnly? session) =>
        new(application.Issue.Number, application.Issue.Title, application.Issue.HtmlUrl, position, session);
}
