using System.Text.Json.Serialization;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// When each waiting application is expected to be reviewed: the queue is poured, in review order, into the room left in
/// the target session, then into every other coming session by date, whose room is <see cref="BatchSize"/> (or the size
/// staff chose, <see cref="Chosen"/>) less those already in review for it, as the scheduler will count them when its
/// window opens. Plain records, so the host can write it as the <c>forecast</c> JSON output.
/// </summary>
public sealed record QueueForecast(int BatchSize, IReadOnlyList<ForecastSession> Sessions, IReadOnlyList<ForecastEntry> Queue)
{
    /// <summary>The coming sessions whose batch size staff chose (the input batch-size), where it is not <see cref="BatchSize"/>.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<DateOnly, int> Chosen { get; init; } = new Dictionary<DateOnly, int>();

    /// <summary>Rows shown in the summary table; the JSON carries all of them.</summary>
    public const int TableRows = 100;

    public static QueueForecast Build(
        ReviewSession? target,
        IReadOnlyList<QueueCandidate> scheduled,
        int targetSize,
        IReadOnlyList<QueueCandidate> queue,
        IEnumerable<ReviewSession> otherSessions,
        IReadOnlyList<QueueCandidate> scheduledLater,
        int batchSize,
        IReadOnlyDictionary<DateOnly, int>? chosen = null)
    {
        chosen ??= new Dictionary<DateOnly, int>();
        var sessions = new List<ForecastSession>();
        var entries = new List<ForecastEntry>(queue.Count);
        var next = 0;

        void Pour(ReviewSession session, IReadOnlyList<QueueCandidate> alreadyIn, int size)
        {
            var expected = queue.Skip(next).Take(Math.Max(0, size - alreadyIn.Count)).ToList();
            sessions.Add(new ForecastSession(
                session.Date, session.StartsAt, [.. alreadyIn.Select(a => a.Issue.Number)], [.. expected.Select(a => a.Issue.Number)]));
            entries.AddRange(expected.Select(a => Entry(a, ++next, session.Date)));
        }

        if (target is not null)
        {
            Pour(target, scheduled, targetSize);
            var byDate = scheduledLater.ToLookup(a => a.ScheduledSession);
            foreach (var session in otherSessions.TakeWhile(_ => next < queue.Count))
            {
                Pour(session, [.. byDate[session.Date]], chosen.GetValueOrDefault(session.Date, batchSize));
            }
        }

        entries.AddRange(queue.Skip(next).Select(a => Entry(a, ++next, null)));
        // A target chosen by hand is poured first but may come after other sessions: the summary's chart lists them by date.
        return new QueueForecast(batchSize, [.. sessions.OrderBy(s => s.Date)], entries)
        {
            Chosen = chosen.Where(c => c.Value != batchSize && sessions.Any(s => s.Date == c.Key)).ToDictionary(),
        };
    }

    internal static ForecastEntry Entry(QueueCandidate application, int position, DateOnly? session) =>
        new(application.Issue.Number, application.Issue.Title, application.Issue.HtmlUrl, position, session);
}
