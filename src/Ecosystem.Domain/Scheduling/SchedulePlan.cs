using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// What one <c>schedule</c> run wants: issue plans only for applications that change, the board column of every member of
/// the batch (the gateway writes only what differs, so a move a run could not make is made by the next), the target
/// session's agenda (an empty batch opens none, but one already open then lists none; none once the session started, its
/// agenda then the record of what it reviewed), the queue forecast and the step summary.
/// </summary>
public sealed record SchedulePlan(
    DateOnly Today,
    ReviewSession? Target,
    bool WindowOpen,
    IReadOnlyList<ScheduledApplication> Batch,
    IReadOnlyList<IssuePlan> IssuePlans,
    IReadOnlyList<IssuePlan> BoardPlans,
    IssueDraft? Agenda,
    QueueForecast Forecast,
    IReadOnlyList<HeldBackApplication> HeldBack,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The applications the plan was given, by where each stands (<see cref="ReviewQueue.StandingOf"/>).</summary>
    public required ILookup<QueueStanding, QueueCandidate> Standings { get; init; }

    /// <summary>
    /// The backlog's places and expected sessions before the plan is applied, as the status page shows them: those the run
    /// takes into the target session lead, then <see cref="Forecast"/>'s queue.
    /// </summary>
    public IReadOnlyList<ForecastEntry> Backlog =>
        [.. Batch.Where(b => b.Change == BatchChange.Added).Select(b => QueueForecast.Entry(b.Application, 0, Target?.Date))
            .Concat(Forecast.Queue)
            .Select((entry, index) => entry with { Position = index + 1 })];

    /// <summary>The issues this run moves into the batch (the <c>scheduled</c> output); none while the window is closed.</summary>
    public IReadOnlyList<int> Joining =>
        WindowOpen ? [.. Batch.Where(b => b.Change != BatchChange.Kept).Select(b => b.Application.Issue.Number)] : [];

    /// <summary>The lead reviewers of each application in the batch (empty when assignment is off or the window is closed).</summary>
    public IReadOnlyList<ReviewerAssignment> Assignments { get; init; } = [];

    /// <summary>The queue-position comments (<see cref="QueuePositionNotice.Plans"/>): the host writes only those that differ.</summary>
    public IReadOnlyList<IssuePlan> QueueNotices { get; init; } = [];

    /// <summary>
    /// The applications of the batch joining it or short of <see cref="SchedulingRules.ReviewersPerApplication"/> (so the agenda
    /// goes on saying which are short); none while the window is closed.
    /// </summary>
    public IReadOnlyList<QueueCandidate> NeedingReviewers { get; init; } = [];

    /// <summary>
    /// Whether the host reads the Working Group: one needs reviewers, or has an assignee who may have left it
    /// (<see cref="ReviewerPool.Replaced"/>).
    /// </summary>
    public bool AsksForReviewers => NeedingReviewers.Count > 0 || (WindowOpen && Batch.Any(b => b.Application.Issue.Assignees.Count > 0));

    /// <summary>Whether the target session has started: the nightly run takes no one more into it and replaces no reviewer.</summary>
    public bool Started { get; init; }

    /// <summary>The batch size staff chose for the target session (this run's input, or as its agenda records it); null when none.</summary>
    public int? ChosenBatchSize { get; init; }

    /// <summary>Who could lead reviews when the plan was made; null when the host did not read them.</summary>
    public ReviewerPool? Reviewers { get; init; }

    public int? DaysUntilSession => Target is null ? null : Target.Date.DayNumber - Today.DayNumber;

    public string Summary(TimeZoneInfo zone) => Template.Load("schedule-summary").Render(Model(zone));

    public string Log(TimeZoneInfo zone) => Template.Load("schedule-log").Render(Model(zone)).TrimEnd('\n');

    private Dictionary<string, object?> Model(TimeZoneInfo zone) => new()
    {
        ["today"] = SessionText.Date(Today),
        ["zone"] = zone.Id,
        ["date"] = Target is { } session ? SessionText.Date(session.Date) : null,
        ["when_text"] = Target is { } target ? SessionText.When(target, zone) : null,
        ["days"] = DaysUntilSession ?? 0,
        ["window_open"] = WindowOpen,
        ["added"] = Batch.Count(b => b.Change == BatchChange.Added),
        ["updated"] = IssuePlans.Count,
        ["warnings"] = Warnings,
        ["batch"] = Batch.Select(b => Template.Record(
            ("number", b.Application.Issue.Number),
            ("url", b.Application.Issue.HtmlUrl),
            ("title", b.Application.Issue.Title),
            ("change", b.Change.ToString().ToLowerInvariant()),
            ("reviewers", Assignments.FirstOrDefault(a => a.IssueNumber == b.Application.Issue.Number)?.Reviewers ?? b.Application.Issue.Assignees))),
        ["queue_size"] = Forecast.Queue.Count,
        ["queue"] = Forecast.Queue.Take(QueueForecast.TableRows).Select(e => Template.Record(
            ("place", e.Position),
            ("number", e.IssueNumber),
            ("url", e.Url),
            ("title", e.Title),
            ("expected", e.ExpectedSession is { } d ? SessionText.Date(d) : null))),
        ["queue_more"] = Math.Max(0, Forecast.Queue.Count - QueueForecast.TableRows),
        // The chart (six sessions at most) names issue numbers only: Mermaid has no escaping that survives every
        // renderer, and titles are the applicants' text.
        ["sessions"] = Forecast.Sessions.Select(s =>
            Template.Record(("date", SessionText.Date(s.Date)), ("scheduled", s.Scheduled), ("expected", s.Expected))),
        ["held_back"] = HeldBack.Select(h => Template.Record(("number", h.IssueNumber), ("url", h.Url), ("title", h.Title), ("reason", h.Reason))),
    };
}
