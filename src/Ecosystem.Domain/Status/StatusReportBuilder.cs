using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Status;

/// <summary>
/// Computes the status page from the applications' histories. The queue, the coming batches and the expected
/// sessions are the scheduler's own (<see cref="BatchPlanner"/> and its <see cref="QueueForecast"/>, with no
/// overrides), so the page says what the next <c>schedule</c> run will do. Figures follow github/issue-metrics:
/// time to first response (the first comment by someone other than the author and apps), time in the waiting label,
/// time from submission to the reviewing session, and time to the outcome label, over the last
/// <see cref="StatusRules.Months"/> months.
/// </summary>
public sealed class StatusReportBuilder(ReviewCalendar calendar, StatusRules rules, TimeProvider time)
{
    private readonly ReviewQueue _queue = new(rules.Scheduling, calendar.IsSkipped);

    public StatusReport Build(IReadOnlyList<StatusApplication> applications, string repositoryUrl)
    {
        ArgumentNullException.ThrowIfNull(applications);
        var now = time.GetUtcNow();
        var today = calendar.Today(now);
        var open = applications.Where(a => a.Candidate.IsOpen).ToList();
        var plan = new BatchPlanner(calendar, rules.Scheduling, time).Plan([.. open.Select(a => a.Candidate)], repositoryUrl);
        var places = QueuePlaces(plan);

        var statuses = open
            .Select(a => StatusOf(a, plan.Target?.Date, today, places))
            .OfType<ApplicationStatus>()
            .OrderBy(s => s.Stage)
            .ThenBy(s => s.Position ?? int.MaxValue)
            .ThenBy(s => s.ExpectedSession ?? DateOnly.MaxValue)
            .ThenBy(s => s.Number)
            .ToList();
        var windowStart = today.AddMonths(-StatusRules.Months);
        var decisions = applications
            .Select(a => DecisionOf(a))
            .OfType<Decision>()
            .Where(d => d.DecidedOn > windowStart)
            .OrderByDescending(d => d.DecidedOn)
            .ThenBy(d => d.Number)
            .ToList();

        return new StatusReport(
            now,
            today,
            calendar.TimeZone.Id,
            repositoryUrl,
            statuses,
            Sessions(plan.Forecast, statuses),
            decisions,
            Figures(applications, now, today),
            [.. applications
                .Where(a => a.Candidate.ScheduledSession is { } s && s <= today && s > windowStart)
                .GroupBy(a => a.Candidate.ScheduledSession!.Value)
                .OrderBy(g => g.Key)
                .Select(g => new SessionCount(g.Key, g.Count()))]);
    }

    /// <summary>
    /// Each backlog application's place in the queue and expected session: those the next <c>schedule</c> run takes
    /// into the target session come first, then the forecast's queue.
    /// </summary>
    private static Dictionary<int, (int Position, DateOnly? Expected)> QueuePlaces(SchedulePlan plan)
    {
        var taken = plan.Batch.Where(b => b.Change == BatchChange.Added).Select(b => b.Application.Number).ToList();
        var places = taken.Select((number, i) => (number, place: (i + 1, (DateOnly?)plan.Target?.Date)))
            .Concat(plan.Forecast.Queue.Select(e => (number: e.IssueNumber, place: (taken.Count + e.Position, e.ExpectedSession))));
        return places.ToDictionary(p => p.number, p => p.place);
    }

    private ApplicationStatus? StatusOf(StatusApplication application, DateOnly? target, DateOnly today, Dictionary<int, (int Position, DateOnly? Expected)> places)
    {
        var candidate = application.Candidate;
        if (candidate.Labels.Any(rules.IsOutcome))
        {
            return null; // decided: listed with the decisions
        }

        var session = candidate.ScheduledSession;
        (ApplicationStage Stage, int? Position, DateOnly? Expected)? place = candidate.HasLabel(rules.VotingLabel)
            ? (ApplicationStage.Voting, null, session)
            : _queue.StandingOf(candidate, target, today) switch
            {
                QueueStanding.Backlog when places.TryGetValue(candidate.Number, out var queued) => (ApplicationStage.Backlog, queued.Position, queued.Expected),
                QueueStanding.Backlog => (ApplicationStage.Backlog, null, null),
                QueueStanding.Scheduled or QueueStanding.Unrecorded or QueueStanding.SessionSkipped => (ApplicationStage.Scheduled, null, target),
                QueueStanding.ScheduledElsewhere => (ApplicationStage.Scheduled, null, session),
                QueueStanding.Reviewed => (ApplicationStage.InReview, null, session),
                QueueStanding.WaitingOnApplicant => (ApplicationStage.WaitingOnApplicant, null, null),
                QueueStanding.IntakeIncomplete => (ApplicationStage.HeldBackByIntake, null, null),
                _ => null,
            };
        return place is { } p
            ? new ApplicationStatus(candidate.Number, candidate.Title, candidate.Url, p.Stage, p.Position, p.Expected, application.History.Issue.Assignees)
            : null;
    }

    private List<SessionStatus> Sessions(QueueForecast forecast, List<ApplicationStatus> statuses)
    {
        var byNumber = statuses.ToDictionary(s => s.Number);
        var batches = forecast.Sessions.ToDictionary(
            s => s.Date,
            s => (s.StartsAt, Batch: s.Scheduled.Concat(s.Expected).Select(n => byNumber.GetValueOrDefault(n)).OfType<ApplicationStatus>().ToList()));

        // Applications put in review by hand for another coming date are in that session too.
        foreach (var elsewhere in statuses.Where(s => s.Stage == ApplicationStage.Scheduled && s.ExpectedSession is { } d && !(batches.GetValueOrDefault(d).Batch?.Contains(s) ?? false)))
        {
            var date = elsewhere.ExpectedSession!.Value;
            if (!batches.TryGetValue(date, out var session))
            {
                session = (calendar.SessionOn(date).StartsAt, []);
                batches[date] = session;
            }

            session.Batch.Add(elsewhere);
        }

        return [.. batches.OrderBy(b => b.Key).Select(b => new SessionStatus(
            b.Key,
            b.Value.StartsAt,
            b.Value.Batch,
            [.. b.Value.Batch.SelectMany(a => a.Reviewers).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)]))];
    }

    private Decision? DecisionOf(StatusApplication application)
    {
        var candidate = application.Candidate;
        var outcome = candidate.Labels.FirstOrDefault(rules.IsOutcome);
        if (outcome is null || DecidedAt(application.History, outcome) is not { } at)
        {
            return null;
        }

        return new Decision(candidate.Number, candidate.Title, candidate.Url, outcome, calendar.Today(at), candidate.ScheduledSession);
    }

    /// <summary>When the outcome label was last given; when the timeline does not say, when the issue was closed.</summary>
    private static DateTimeOffset? DecidedAt(IssueHistory history, string outcome) =>
        history.LabelEvents.LastOrDefault(e => e.Added && string.Equals(e.Label, outcome, StringComparison.OrdinalIgnoreCase))?.At
        ?? history.Issue.ClosedAt;

    private List<ProcessFigure> Figures(IReadOnlyList<StatusApplication> applications, DateTimeOffset now, DateOnly today)
    {
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - StatusRules.Months);
        ProcessFigure Figure(string id, string name, string definition, Func<StatusApplication, (DateTimeOffset From, DateTimeOffset To)?> measure)
        {
            var measurements = applications
                .Select(a => (a.Candidate.Number, Span: measure(a)))
                .Where(m => m.Span is { } s && s.To >= s.From)
                .Select(m => new Measurement(m.Number, (m.Span!.Value.To - m.Span.Value.From).TotalDays, calendar.Today(m.Span.Value.To)))
                .Where(m => m.EndedOn >= firstMonth && m.EndedOn <= today)
                .OrderBy(m => m.EndedOn)
                .ThenBy(m => m.Number)
                .ToList();
            var months = Enumerable.Range(0, StatusRules.Months)
                .Select(i => firstMonth.AddMonths(i))
                .Select(month =>
                {
                    var days = measurements.Where(m => m.EndedOn.Year == month.Year && m.EndedOn.Month == month.Month).Select(m => m.Days).ToList();
                    return new MonthlyFigure(month, days.Count, Percentiles.Of(days, 50), Percentiles.Of(days, 90));
                })
                .ToList();
            return new ProcessFigure(id, name, definition, measurements, months);
        }

        return
        [
            Figure("first-response", "Time to first response",
                "From submission to the first comment by someone other than the applicant and the automation.",
                a => FirstResponse(a.History) is { } at ? (a.History.Issue.CreatedAt, at) : null),
            Figure("waiting", "Time waiting on the applicant",
                $"Time the application carried the label '{rules.Scheduling.WaitingLabel}', until the applicant answered.",
                a => Waiting(a.History, now)),
            Figure("to-review", "Time from submission to review",
                "From submission to the review session that took the application.",
                a => a.Candidate.ScheduledSession is { } s && s <= today ? (a.History.Issue.CreatedAt, calendar.SessionOn(s).StartsAt) : null),
            Figure("to-decision", "Time to decision",
                "From submission to the outcome label.",
                a => a.Candidate.Labels.FirstOrDefault(rules.IsOutcome) is { } outcome && DecidedAt(a.History, outcome) is { } at ? (a.History.Issue.CreatedAt, at) : null),
        ];
    }

    private static DateTimeOffset? FirstResponse(IssueHistory history) =>
        history.Comments
            .Where(c => !c.AuthorIsBot && !string.Equals(c.Author, history.Issue.Author, StringComparison.OrdinalIgnoreCase))
            .Select(c => (DateTimeOffset?)c.CreatedAt)
            .Min();

    /// <summary>
    /// The time spent in the waiting label as one span ending when it was last removed (or now, or at closing, while
    /// it is still on). A label present without an event of its own was set when the issue was opened.
    /// </summary>
    private (DateTimeOffset From, DateTimeOffset To)? Waiting(IssueHistory history, DateTimeOffset now)
    {
        var label = rules.Scheduling.WaitingLabel;
        var events = history.LabelEvents.Where(e => string.Equals(e.Label, label, StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.At).ToList();
        var on = events.Count == 0 ? history.Issue.HasLabel(label) : !events[0].Added;
        var since = history.Issue.CreatedAt;
        var total = TimeSpan.Zero;
        var end = since;
        foreach (var change in events)
        {
            if (change.Added && !on)
            {
                on = true;
                since = change.At;
            }
            else if (!change.Added && on)
            {
                on = false;
                total += change.At - since;
                end = change.At;
            }
        }

        if (on)
        {
            end = history.Issue.ClosedAt ?? now;
            total += end - since;
        }

        return total > TimeSpan.Zero ? (end - total, end) : null;
    }
}
