using System.Globalization;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Status;

/// <summary>
/// The status page's model, from the applications' histories. Stages, places, batches and expected sessions are the
/// scheduler's own (<see cref="SchedulePlan"/>, no overrides), so the page says what the next <c>schedule</c> run will do;
/// the figures follow github/issue-metrics.
/// </summary>
public sealed class StatusReportBuilder(
    ReviewCalendar calendar, SchedulingRules rules, IntakeRules intake, TrustedPeople people, Foundation foundation, TimeProvider time)
{
    /// <summary>How far back decisions and figures reach.</summary>
    public const int Months = 12;

    /// <summary>With the agendas (<see cref="ScheduleIssues.Agendas"/>), a batch size staff chose holds here too.</summary>
    public StatusReport Build(IReadOnlyList<StatusApplication> applications, string repositoryUrl, IReadOnlyList<IssueHistory>? agendas = null)
    {
        var now = time.GetUtcNow();
        var today = calendar.Today(now);
        var open = applications.Select(a => a.Candidate).Where(c => c.Issue.IsOpen).ToList();
        var plan = new BatchPlanner(calendar, rules, intake, time).Plan(open, repositoryUrl, agendas: agendas);
        var places = plan.Backlog.ToDictionary(e => e.IssueNumber);

        var statuses = plan.Standings
            .SelectMany(standing => standing.Select(candidate => StatusOf(candidate, standing.Key, plan.Target, now, places)))
            .OfType<OpenApplication>()
            .OrderBy(s => s.Stage.Rank)
            .ThenBy(s => s.Position ?? int.MaxValue)
            .ThenBy(s => s.Expected ?? DateOnly.MaxValue)
            .ThenBy(s => s.Candidate.Issue.Number)
            .ToList();
        // The twelve calendar months up to this one, the figures' months, for the decisions and sessions too.
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Months);
        // Each application's rounds, once: its decisions, its sessions and its figures all read them.
        List<Rounded> rounded = [.. applications.Select(a => new Rounded(a, Rounds(a, now)))];
        // Every decision given: the one each return came back from, and the one the application carries.
        var decisions = rounded
            .SelectMany(a => a.Rounds.Where(r => r.Outcome is not null).Select(r => (a.Application.Candidate.Issue, Round: r)))
            .Select(d => (d.Issue, d.Round, On: d.Round.DecidedAt is { } at ? calendar.Today(at) : (DateOnly?)null))
            .Where(d => d.On is null || d.On >= firstMonth)
            .OrderBy(d => d.On is null)
            .ThenByDescending(d => d.On)
            .ThenBy(d => d.Issue.Number);
        List<(DateOnly Date, int Reviewed)> reviewed = [.. rounded
            .SelectMany(a => a.Rounds)
            .Select(r => r.Session)
            .OfType<DateOnly>()
            .Where(s => s >= firstMonth)
            .GroupBy(s => s)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count()))];
        var figures = Figures(rounded, now, today, firstMonth);
        var repositoryName = Uri.TryCreate(repositoryUrl, UriKind.Absolute, out var repository) ? repository.AbsolutePath.Trim('/') : repositoryUrl;

        return new StatusReport(new Dictionary<string, object?>
        {
            ["style"] = Template.Load("status-page.css").Render().TrimEnd('\n'),
            ["ecosystem"] = foundation.Ecosystem,
            ["generated_iso"] = SessionText.Timestamp(now),
            ["generated"] = now.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            ["today"] = SessionText.Date(today),
            ["time_zone"] = calendar.TimeZone.Id,
            ["repository_url"] = repositoryUrl,
            ["repository_name"] = repositoryName,
            ["batch_size"] = plan.Forecast.BatchSize,
            ["returning_first"] = rules.Order == ReviewOrder.ReturningFirst,
            ["applications"] = statuses.Select(s => s.Row).ToList(),
            ["stages"] = statuses.GroupBy(s => s.Stage.Name)
                .Select(g => Template.Record(("stage", g.Key.ToLowerInvariant()), ("count", g.Count()))).ToList(),
            ["sessions"] = Sessions(plan.Forecast, statuses, now),
            ["decisions"] = decisions.Select(d => Template.Record(
                ("number", d.Issue.Number),
                ("title", d.Issue.Title),
                ("url", d.Issue.HtmlUrl),
                ("outcome", d.Round.Outcome),
                ("decided", d.On is { } on ? SessionText.Date(on) : "not recorded"),
                ("session", d.Round.Session is { } s ? SessionText.Date(s) : "not recorded"))).ToList(),
            ["figures"] = figures,
            ["reviewed_chart"] = SvgChart.Bars("figure-reviewed-chart", "Applications reviewed per session", reviewed),
            ["reviewed"] = reviewed.Select(s => Template.Record(("date", SessionText.Date(s.Date)), ("count", s.Reviewed))).ToList(),
        });
    }

    private OpenApplication? StatusOf(
        QueueCandidate candidate, QueueStanding standing, ReviewSession? target, DateTimeOffset now, Dictionary<int, ForecastEntry> places)
    {
        if (candidate.Issue.Labels.Any(rules.Labels.IsDecided))
        {
            return null; // decided: listed with the decisions
        }

        var session = candidate.ScheduledSession;
        var queued = places.GetValueOrDefault(candidate.Issue.Number);
        (ApplicationStage Stage, int? Position, DateOnly? Expected) place = candidate.Issue.HasLabel(rules.Labels.Voting)
            ? (ApplicationStage.Voting, null, session)
            : standing switch
            {
                QueueStanding.Backlog => (ApplicationStage.Backlog, queued?.Position, queued?.ExpectedSession),
                // The target's batch, in review once its session has started (the figures count it reviewed there from then on).
                QueueStanding.Scheduled or QueueStanding.Unrecorded or QueueStanding.SessionSkipped
                    => (target?.StartsAt <= now ? ApplicationStage.InReview : ApplicationStage.Scheduled, null, target?.Date),
                QueueStanding.ScheduledElsewhere => (ApplicationStage.Scheduled, null, session),
                QueueStanding.Reviewed => (ApplicationStage.InReview, null, session),
                QueueStanding.WaitingOnApplicant when candidate.WaitsUntil is { } from => (ApplicationStage.EarlyResubmission, null, from),
                // Its session comment stays, and the figures count it reviewed there: it waits for its vote, not for a session.
                QueueStanding.WaitingOnApplicant when candidate.Issue.HasLabel(rules.Labels.InReview) && candidate.WithdrawnFrom is null
                    && session is { } held && !calendar.IsSkipped(held) && calendar.SessionOn(held).StartsAt <= now
                    => (ApplicationStage.WaitingAfterReview, null, session),
                // In no queue too when staff swapped In review for the wait after New came off: the guard puts it back once answered.
                QueueStanding.WaitingOnApplicant or QueueStanding.NotQueued when candidate.Issue.HasLabel(rules.Labels.Waiting)
                    => (ApplicationStage.WaitingOnApplicant, null, null),
                QueueStanding.IntakeIncomplete => (ApplicationStage.HeldBackByIntake, null, null),
                // Neither new nor in review (marked returning alone, say): the scheduler takes it only once it is put back.
                _ => (ApplicationStage.NotQueued, null, null),
            };
        return new OpenApplication(candidate, place.Stage, place.Position, place.Expected);
    }

    /// <summary>The coming sessions, not one that has started (the scheduler's target all its day), with their reviewers.</summary>
    private static List<IReadOnlyDictionary<string, object?>> Sessions(QueueForecast forecast, List<OpenApplication> statuses, DateTimeOffset now)
    {
        var byNumber = statuses.ToDictionary(s => s.Candidate.Issue.Number);
        var batches = forecast.Sessions.Where(s => s.StartsAt > now).ToDictionary(
            s => s.Date,
            s => s.Scheduled.Concat(s.Expected).Select(n => byNumber.GetValueOrDefault(n)).OfType<OpenApplication>().ToList());

        // Applications put in review by hand for another coming date are in that session too.
        foreach (var elsewhere in statuses.Where(s => s.Stage == ApplicationStage.Scheduled && s.Expected is { } d && !(batches.GetValueOrDefault(d)?.Contains(s) ?? false)))
        {
            var date = elsewhere.Expected.GetValueOrDefault();
            batches[date] = [.. batches.GetValueOrDefault(date) ?? [], elsewhere];
        }

        return [.. batches.OrderBy(b => b.Key).Select(b => Template.Record(
            ("date", SessionText.Date(b.Key)),
            ("day", SessionText.Words(b.Key)),
            ("reviewers", b.Value.SelectMany(a => a.Candidate.Issue.Assignees)
                .Distinct(GitHubHandle.Comparer).Order(GitHubHandle.Comparer).ToList()),
            ("batch", b.Value.Select(a => a.Row).ToList())))];
    }

    /// <summary>
    /// When the round's <paramref name="outcome"/> was given: its label's last add in the round (a published highlight: its
    /// highlight's); when the timeline does not say (the label made again or renamed, the events lost), the close, else the
    /// automation's outcome comment. An open application's decision nothing dates is still one, undated: its applicant finds it.
    /// </summary>
    private DateTimeOffset? DecisionTime(IssueHistory history, Round round, string outcome) =>
        (LabelNames.Same(outcome, rules.Labels.CommunityHighlightDone)
            ? LabelEvent.LastAdded(round.Events, rules.Labels.CommunityHighlight, people) : null)
        ?? LabelEvent.LastAdded(round.Events, outcome, people) ?? history.Issue.ClosedAt
        ?? OwnComments.Of(history.Comments, people.Automation, VoteTally.IsOutcome).All.FirstOrDefault(c => c.CreatedAt >= round.Since)?.CreatedAt;

    /// <summary>
    /// The outcome of outcome labels carried together (the live tracker leaves stale ones on): the verdict given last, as a later
    /// one replaces one left on; the community highlight only beside no verdict (the tracker offers a blog post beside one), and
    /// once published as such. Without label events, in the order of <see cref="LabelNames.Decided"/>.
    /// </summary>
    private string? Outcome(IEnumerable<string> labels, IReadOnlyList<LabelEvent> events) =>
        rules.Labels.Decided
            .Where(outcome => labels.Contains(outcome, LabelNames.Comparer))
            .OrderBy(outcome => LabelNames.Same(outcome, rules.Labels.CommunityHighlight) ? 2
                : LabelNames.Same(outcome, rules.Labels.CommunityHighlightDone) ? 1 : 0)
            .ThenByDescending(outcome => LabelEvent.LastAdded(events, outcome, people))
            .FirstOrDefault();

    /// <summary>
    /// The application's rounds, oldest first, each from the submission or a return; the last one ends with the labels the issue
    /// carries. A return is every outcome label taken off a decision, dated as the tally dates it
    /// (<see cref="ReturningRequests.ReturnedAfter"/>, though staff put the returning label on days later); without that, new or
    /// returning put on after the decision, in either order (the guard's applier adds labels first; staff do either). A decision
    /// relabelled without a return is the same round's; an outcome label that never stood (put on by someone not trusted with
    /// labels, off before the guard let it stand) decided nothing. Each round was reviewed at the latest session the notice named
    /// (<see cref="ReviewSessionNotice.Named"/>) that started in it, not after its decision's day (decided straight from the
    /// queue, it never got there), unless skipped.
    /// </summary>
    private List<Round> Rounds(StatusApplication application, DateTimeOffset now)
    {
        var (history, maintainers) = (application.History, application.Candidate.Maintainers);
        var events = history.LabelEvents;
        var undone = rules.Labels.Decided
            .Select(label => events.Where(e => LabelNames.Same(e.Label, label)).ToList())
            .SelectMany(changes => LabelEvent.Standing(changes).Zip(changes.Skip(1), (put, off) => (put.Change, put.Stood, Off: off)))
            .Where(c => c.Change.Added && !c.Stood && !c.Off.Added && !people.MayChangeLabels(c.Change.Actor))
            .SelectMany(c => new[] { c.Change, c.Off })
            .ToHashSet(ReferenceEqualityComparer.Instance);
        List<Round> rounds = [];
        var (since, on, decided, back, cleared) = (history.Issue.CreatedAt, new List<string>(), new List<string>(), (DateTimeOffset?)null, false);
        var decidedAt = since;
        for (var i = 0; i < events.Count; i++)
        {
            var change = events[i];
            if (undone.Contains(change))
            {
                continue;
            }

            if (rules.Labels.IsDecided(change.Label))
            {
                on.RemoveAll(label => LabelNames.Same(label, change.Label));
                if (change.Added)
                {
                    (back, cleared, decidedAt) = (null, false, change.At);
                    on.Add(change.Label);
                }

                if (on.Count > 0)
                {
                    decided = [.. on];
                }
                else
                {
                    cleared = decided.Count > 0;
                }
            }
            else if (change.Added && decided.Count > 0
                && (LabelNames.Same(change.Label, rules.Labels.New) || LabelNames.Same(change.Label, rules.Labels.Returning)))
            {
                back ??= change.At;
            }

            if (cleared && (ReturningRequests.ReturnedAfter(decidedAt, history.Issue, history.Comments, maintainers, people) is { } asked
                && asked <= change.At ? asked : back) is { } returned)
            {
                rounds.Add(new Round(since, decided, [.. events.Take(i + 1)]));
                (since, decided, back, cleared) = (returned, [], null, false);
            }
        }

        rounds.Add(new Round(since, history.Issue.Labels, events));
        var named = ReviewSessionNotice.Named(history, people.Automation, calendar, rules.Labels.Waiting, now)
            .Where(s => !calendar.IsSkipped(s)).ToList();
        return [.. rounds.Select((round, i) =>
        {
            var outcome = Outcome(round.Outcomes, round.Events);
            var at = outcome is null ? null : DecisionTime(history, round, outcome);
            var decided = at is { } time ? calendar.Today(time) : (DateOnly?)null;
            return round with
            {
                Outcome = outcome,
                DecidedAt = at,
                // Not a session after the decision's day: the application was decided straight from the queue.
                Session = named.Where(s => calendar.SessionOn(s).StartsAt is var start && start >= round.Since
                        && start <= (i + 1 < rounds.Count ? rounds[i + 1].Since : now) && start <= now && !(s > decided))
                    .Select(s => (DateOnly?)s).Max(),
            };
        })];
    }

    private List<IReadOnlyDictionary<string, object?>> Figures(
        IReadOnlyList<Rounded> applications, DateTimeOffset now, DateOnly today, DateOnly firstMonth)
    {
        IReadOnlyDictionary<string, object?> Figure(
            string id, string name, string unit, string definition, Func<Rounded, IEnumerable<(DateTimeOffset From, DateTimeOffset To)>> measure)
        {
            var measurements = applications
                .SelectMany(measure)
                .Where(span => span.To >= span.From)
                .Select(span => (Days: (span.To - span.From).TotalDays, EndedOn: calendar.Today(span.To)))
                .Where(m => m.EndedOn >= firstMonth && m.EndedOn <= today)
                .ToList();
            var months = Enumerable.Range(0, Months)
                .Select(i => firstMonth.AddMonths(i))
                .Select(month =>
                {
                    var days = measurements.Where(m => m.EndedOn.Year == month.Year && m.EndedOn.Month == month.Month).Select(m => m.Days).ToList();
                    return new MonthlyFigure(month, days.Count, Percentiles.Of(days, 50), Percentiles.Of(days, 90));
                })
                .ToList();
            return Template.Record(
                ("id", id),
                ("name", name),
                ("unit", unit),
                ("definition", definition),
                ("median", StatusText.Days(Percentiles.Of(measurements.Select(m => m.Days), 50))),
                ("p90", StatusText.Days(Percentiles.Of(measurements.Select(m => m.Days), 90))),
                ("measured", measurements.Count),
                ("chart", SvgChart.Lines(id, name, months)),
                ("months", months.Select(m => Template.Record(
                    ("month", StatusText.Month(m.Month)),
                    ("count", m.Count),
                    ("median", StatusText.Days(m.Median)),
                    ("p90", StatusText.Days(m.Percentile90)))).ToList()),
                // The summary's Mermaid bars: Mermaid draws a number at every month (no gaps) and starts its axis at the least.
                ("charted", months.Where(m => m.Median is not null)
                    .Select(m => Template.Record(("short", StatusText.ShortMonth(m.Month)), ("median", HtmlText.Number(m.Median ?? 0)))).ToList()),
                ("top", (int)Math.Max(1, Math.Ceiling(months.Max(m => m.Median) ?? 0))));
        }

        return
        [
            // Each counts what it measures, as the page lists it: a returned application is reviewed and decided once per round.
            Figure("first-response", "Time to first response", "application",
                "From submission to the first comment by someone other than the applicant and the automation.",
                a => FirstResponse(a.Application.History) is { } at ? [(a.Application.History.Issue.CreatedAt, at)] : []),
            Figure("waiting", "Time waiting on the applicant", "application",
                $"Time the application carried the label '{rules.Labels.Waiting}' while open, until the applicant answered "
                + "(an early resubmission's from the day it is reviewed as new).",
                a => a.Application.Candidate.WaitsUntil is null && Waiting(a.Application.History, now) is { } waited ? [waited] : []),
            Figure("to-review", "Time from submission to review", "review",
                "From submission (or the return of an application decided before) to the review session that took the application, "
                + "less any time it was closed.",
                a => a.Rounds.Where(r => r.Session is not null)
                    .Select(r => WhileOpen(a.Application.History, r.Since, calendar.SessionOn(r.Session.GetValueOrDefault()).StartsAt))),
            Figure("to-decision", "Time to decision", "decision",
                "From submission (or the return of an application decided before) to the outcome label, less any time it was closed.",
                a => a.Rounds.Where(r => r.DecidedAt is not null)
                    .Select(r => WhileOpen(a.Application.History, r.Since, r.DecidedAt.GetValueOrDefault()))),
        ];
    }

    /// <summary>The first comment by a person other than the applicant: the automation may write as a person (a personal token).</summary>
    private DateTimeOffset? FirstResponse(IssueHistory history) =>
        history.Comments
            .Where(c => !people.IsBot(c) && !GitHubHandle.Same(c.Author, history.Issue.Author))
            .Select(c => (DateTimeOffset?)c.CreatedAt)
            .Min();

    /// <summary>
    /// The time in the waiting label as one span ending when it was last removed (or now while on). A closed issue waits on
    /// nobody: a stale label taken off later ends at the close, and time closed does not count. A label without an event of its
    /// own was set at opening. An early resubmission waited on its date, not its applicant, until intake reviewed it as new.
    /// </summary>
    private (DateTimeOffset From, DateTimeOffset To)? Waiting(IssueHistory history, DateTimeOffset now)
    {
        var label = rules.Labels.Waiting;
        var asNew = ResubmissionWait.ReviewedSince(OwnComments.Of(history.Comments, people.Automation, IntakeAssessor.CommentPurpose).Kept);
        var events = history.LabelEvents.Where(e => LabelNames.Same(e.Label, label)).OrderBy(e => e.At).ToList();
        var closed = LockEvent.WithClosures([], history.Closures);
        DateTimeOffset? since = (events.Count == 0 ? history.Issue.HasLabel(label) : !events[0].Added) ? asNew ?? history.Issue.CreatedAt : null;
        var (total, end) = (TimeSpan.Zero, history.Issue.CreatedAt);
        foreach (var change in events)
        {
            if (change.Added)
            {
                since ??= change.At > asNew ? change.At : asNew ?? change.At;
            }
            else if (since is { } from)
            {
                var off = LastCloseIfClosed(closed, change.At) ?? change.At;
                (total, end, since) = (total + Open(closed, from, off), off, null);
            }
        }

        if (since is { } stillOn)
        {
            end = LastCloseIfClosed(closed, now) ?? now;
            total += Open(closed, stillOn, end);
        }

        return total > TimeSpan.Zero ? (end - total, end) : null;
    }

    /// <summary>The span from <paramref name="from"/> to <paramref name="to"/> less the time the issue was closed.</summary>
    private static (DateTimeOffset From, DateTimeOffset To) WhileOpen(IssueHistory history, DateTimeOffset from, DateTimeOffset to) =>
        (from + LockEvent.LockedTime(LockEvent.WithClosures([], history.Closures), from, to), to);

    private static DateTimeOffset? LastCloseIfClosed(IReadOnlyList<LockEvent> closed, DateTimeOffset at) =>
        closed.LastOrDefault(c => c.At <= at) is { Locked: true } close ? close.At : null;

    private static TimeSpan Open(IReadOnlyList<LockEvent> closed, DateTimeOffset from, DateTimeOffset to) =>
        to > from ? to - from - LockEvent.LockedTime(closed, from, to) : TimeSpan.Zero;

    /// <summary>
    /// An application's time from its submission or a return: the outcome labels and label events up to its end, the label that
    /// decided it, when (if anything says), and the session that reviewed it.
    /// </summary>
    private sealed record Round(DateTimeOffset Since, IReadOnlyList<string> Outcomes, IReadOnlyList<LabelEvent> Events)
    {
        public string? Outcome { get; init; }

        public DateTimeOffset? DecidedAt { get; init; }

        public DateOnly? Session { get; init; }
    }

    private sealed record Rounded(StatusApplication Application, IReadOnlyList<Round> Rounds);

    /// <summary>An open application on the page (with a place in the queue in the backlog only), and its row in both tables.</summary>
    private sealed record OpenApplication(QueueCandidate Candidate, ApplicationStage Stage, int? Position, DateOnly? Expected)
    {
        public IReadOnlyDictionary<string, object?> Row { get; } = Template.Record(
            ("number", Candidate.Issue.Number),
            ("title", Candidate.Issue.Title),
            ("url", Candidate.Issue.HtmlUrl),
            ("stage_id", Stage.Id),
            ("stage", Stage.Name),
            ("expected_date", Expected is { } d ? SessionText.Date(d) : string.Empty),
            ("place", Position),
            ("expected", Stage.Expected(Expected)));
    }
}
