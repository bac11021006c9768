using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// Fills the next session's batch. Once today (in the calendar's zone) is at most <see cref="SchedulingRules.LeadDays"/>
/// days before the target session (or the session date was chosen by hand), the batch is topped up from the backlog
/// in review order to the batch size; applications already scheduled for it count, so a second run changes nothing
/// unless one has left (closed, waiting, unlabelled). See <see cref="ReviewQueue"/> for what "scheduled" means.
/// </summary>
public sealed class BatchPlanner(ReviewCalendar calendar, SchedulingRules rules, IntakeRules requirements, TimeProvider time)
{
    private readonly ReviewQueue _queue = new(rules, (application, today) => application.ScheduledSession is { } date
        && ReviewSessionNotice.Cancelled(date, application.SessionNotice?.Kept?.Body, calendar, today));

    // One planner plans one run, at the instant it was made: the host plans twice (the second time with the reviewers
    // read for the first plan's batch), and a run that crosses midnight must not then target another session.
    private readonly DateTimeOffset _now = time.GetUtcNow();

    public DateOnly Today => calendar.Today(_now);

    /// <summary>The issues as the scheduler reads them (<see cref="ScheduleIssues"/>), at the instant of this planner's plans.</summary>
    public ScheduleIssues Read(IReadOnlyList<IssueHistory> histories, string automation, IntakeAssessor intake) =>
        new(histories, automation, rules, intake, calendar, _now);

    /// <summary>
    /// <paramref name="reviewers"/> null (or without members) leaves assignees alone; <paramref name="agendas"/> are those the
    /// automation opened (<see cref="ScheduleIssues.Agendas"/>), open and closed.
    /// </summary>
    public SchedulePlan Plan(
        IReadOnlyList<QueueCandidate> candidates, string repositoryUrl, SchedulingOverrides? overrides = null, ReviewerPool? reviewers = null,
        IReadOnlyList<IssueHistory>? agendas = null)
    {
        overrides ??= new();
        var today = Today;
        var warnings = new List<string>();
        // A date chosen before today or in sessions.skip is refused as the input is read (SchedulingOverrides.Parse).
        var target = overrides.SessionDate is { } chosenDate ? calendar.SessionOn(chosenDate) : calendar.NextSession(_now);
        if (target is null)
        {
            warnings.Add("There is no upcoming review session: add sessions.recurrence or sessions.dates to the configuration.");
        }

        // A batch size staff chose is how many its session takes: this run's input, else the one its agenda records (the nightly
        // runs after a dispatch do not top the batch up to sessions.batch.max).
        var recordedSizes = ReviewAgenda.ChosenSizes(agendas ?? []);
        var chosen = overrides.BatchSize ?? (target is not null && recordedSizes.TryGetValue(target.Date, out var recorded) ? recorded : null);
        var size = chosen ?? rules.BatchMax;
        var windowOpen = target is not null && (overrides.SessionDate is not null || target.Date.DayNumber - today.DayNumber <= rules.LeadDays);
        // Once the session has started (it stays the target all its day), the nightly run takes no one more into it: one taken
        // then would be dated for a meeting already held and count as reviewed the next day.
        var started = overrides.SessionDate is null && target is not null && target.StartsAt <= _now;

        var standings = candidates.ToLookup(c => _queue.StandingOf(c, target?.Date, today));
        var changes = standings[QueueStanding.Scheduled].Select(a => (a.Issue.Number, BatchChange.Kept))
            .Concat(standings[QueueStanding.Unrecorded].Select(a => (a.Issue.Number, BatchChange.Adopted)))
            .Concat(standings[QueueStanding.SessionSkipped].Select(a => (a.Issue.Number, BatchChange.Moved)))
            .ToDictionary();
        var alreadyIn = changes.Count;
        var backlog = _queue.InReviewOrder(standings[QueueStanding.Backlog]);
        var added = windowOpen && !started ? backlog.Take(Math.Max(0, size - alreadyIn)).ToList() : [];
        added.ForEach(a => changes[a.Issue.Number] = BatchChange.Added);
        var batch = _queue.InReviewOrder(candidates.Where(c => changes.ContainsKey(c.Issue.Number)))
            .Select(a => new ScheduledApplication(a, changes[a.Issue.Number], LabelsAfter(a)))
            .ToList();

        IReadOnlyList<IssuePlan> issuePlans = [], boardPlans = [];
        IssueDraft? agenda = null;
        IReadOnlyList<ReviewerAssignment> assignments = [];
        if (windowOpen && target is not null)
        {
            if (reviewers is { PerApplication: > 0, Members.Count: > 0 })
            {
                assignments = ReviewerChooser.Choose(batch, reviewers, started);
                WarnAboutReviewers(assignments, reviewers, warnings);
                WarnAboutLeavers(started ? batch : [], reviewers, target, warnings);
            }

            var byIssue = assignments.ToDictionary(a => a.IssueNumber);
            issuePlans = [.. batch.Select(m => PlanFor(m, target, repositoryUrl, byIssue.GetValueOrDefault(m.Application.Issue.Number)))
                .Where(p => !p.IsEmpty)];
            boardPlans = rules.Columns?.InProgress is { } column
                ? [.. batch.Select(m => new IssuePlan(m.Application.Issue.Number)
                {
                    // Joined when its session comment was posted: a rerun after a failed move still takes it out of staff's column.
                    Board = new BoardPlacement(column, target.Date)
                    {
                        MovesOn = m.Change == BatchChange.Added, MovedOnAt = m.Application.SessionNotice?.Kept?.CreatedAt,
                    },
                })]
                : [];

            // Once the session started, its agenda is the record of the batch it reviewed and of who led each review (later
            // sessions spread the reviews by it): one set waiting or withdrawn at the meeting stays on it.
            if (!started)
            {
                agenda = ReviewAgenda.Render(target, calendar.TimeZone, batch, assignments, rules.Order, Recording(reviewers), chosen,
                    before: ReviewAgenda.BodyOf(agendas ?? [], target.Date));
                WarnAboutSize(target, batch.Count, alreadyIn, size, warnings);
            }
        }
        else
        {
            // A batch whose session was cancelled once scheduled is told where it goes now, not when the next window opens weeks
            // later, its cancelled day passing meanwhile; its session line keeps that day, so it moves only once the batch fills.
            // One put in review by hand left the queue for this batch: its queue comment stops naming a place another now has.
            issuePlans = [.. batch.Where(m => m.Change == BatchChange.Moved).Select(m => PlanForMoved(m.Application, target))
                .Concat(target is null ? [] : batch.Where(m => m.Change == BatchChange.Adopted).Select(m => new IssuePlan(m.Application.Issue.Number)
                {
                    Comments = [.. QueuePositionNotice.Unposted(m.Application, QueuePositionNotice.Adopted(target.Date))],
                }))
                .Where(p => !p.IsEmpty)];
        }

        // A session chosen by hand takes its batch now; the calendar's sessions before it keep their room, as the nightly run counts
        // them, but not today's once it has started: the nightly run takes no one more into it.
        var otherSessions = target is null ? [] : calendar.SessionsFrom(today).Where(s => s.Date != target.Date && s.StartsAt > _now);
        var scheduledLater = _queue.InReviewOrder(standings[QueueStanding.ScheduledElsewhere]);
        var forecast = QueueForecast.Build(
            target,
            [.. batch.Select(b => b.Application)],
            started ? 0 : size,
            [.. backlog.Skip(added.Count)],
            otherSessions,
            scheduledLater,
            rules.BatchMax,
            recordedSizes.Where(s => s.Key != target?.Date)
                .Concat(target is not null && chosen is { } forTarget ? [new(target.Date, forTarget)] : []).ToDictionary());

        // Waiting on the applicant means one in the queue here: one in review that waits keeps its session comment.
        var waitingInBacklog = standings[QueueStanding.WaitingOnApplicant]
            .Where(a => !a.Issue.HasLabel(rules.Labels.InReview) || a.WithdrawnFrom is not null);
        // Out of the queue without a batch (closed, unlabelled by hand, voting or decided straight from the backlog): its queue
        // comment must stop naming a place, unless it says it joined its session's batch.
        var left = standings[QueueStanding.NotQueued].Concat(standings[QueueStanding.Settled])
            .Where(a => a.QueueNotice is not null && !QueuePositionNotice.SaysScheduled(a));
        // A batch told its session was cancelled, whose date is back on once its day passed (or chosen by hand, far ahead): it
        // was not moved, so its comments name that session again (both standings have a session date).
        var backOn = standings[QueueStanding.Reviewed].Concat(standings[QueueStanding.ScheduledElsewhere])
            .Where(a => a.SessionNotice?.Kept is { } notice && ReviewSessionNotice.SaysCancelled(notice.Body))
            .Select(a => new IssuePlan(a.Issue.Number)
            {
                Comments = [SessionNotice(a, calendar.SessionOn(a.ScheduledSession!.Value), repositoryUrl),
                    .. QueuePositionNotice.Unposted(a, QueuePositionNotice.Scheduled(a.ScheduledSession.Value))],
            });
        // The agendas of sessions cancelled since, or back on, whether the window is open or not.
        issuePlans = [.. issuePlans, .. backOn, .. ReviewAgenda.Skipped(agendas ?? [], calendar, target, repositoryUrl, today)];
        return new SchedulePlan(today, target, windowOpen, batch, issuePlans, boardPlans, agenda, forecast, HeldBack(standings), warnings)
        {
            Standings = standings,
            Started = started,
            ChosenBatchSize = chosen,
            Reviewers = reviewers,
            Assignments = assignments,
            NeedingReviewers = windowOpen ? [.. batch.Where(b => b.Change != BatchChange.Kept
                || b.Application.Issue.Assignees.Count < rules.ReviewersPerApplication).Select(b => b.Application)] : [],
            QueueNotices = QueuePositionNotice.Plans(forecast, waitingInBacklog, standings[QueueStanding.IntakeIncomplete], left, rules),
        };
    }

    /// <summary>
    /// <paramref name="plan"/> as GitHub carried it out: the reviewers it <paramref name="refused"/> to assign (no access to the
    /// repository) taken out of the assignments and the agenda, as the next run reads them. An issue whose plan stopped half-way
    /// (<paramref name="unfinished"/>) while a leaver was being replaced keeps the agenda's record, so the rerun still knows the
    /// leaver for the rule's own and finishes the replacement.
    /// </summary>
    public SchedulePlan AsAssigned(
        SchedulePlan plan, IReadOnlyDictionary<int, IReadOnlyList<string>> refused, IReadOnlyCollection<int>? unfinished = null)
    {
        var recordKept = plan.Assignments.Where(a => a.Removed.Count > 0 && unfinished?.Contains(a.IssueNumber) == true)
            .ToDictionary(a => a.IssueNumber, a => plan.Reviewers?.Recorded.GetValueOrDefault(a.IssueNumber) ?? a.Removed);
        if (plan.Target is not { } target || (!plan.Assignments.Any(a => refused.ContainsKey(a.IssueNumber)) && recordKept.Count == 0))
        {
            return plan;
        }

        IReadOnlyList<ReviewerAssignment> assignments = [.. plan.Assignments.Select(a => refused.GetValueOrDefault(a.IssueNumber) is { } left
            ? a with { Reviewers = [.. a.Reviewers.Except(left, GitHubHandle.Comparer)], Added = [.. a.Added.Except(left, GitHubHandle.Comparer)] }
            : a)];
        return plan with
        {
            Assignments = assignments,
            Agenda = plan.Agenda is null ? null
                : ReviewAgenda.Render(
                    target, calendar.TimeZone, plan.Batch, assignments, rules.Order, Recording(plan.Reviewers), plan.ChosenBatchSize, recordKept,
                    plan.Agenda.Body),
        };
    }

    private void WarnAboutSize(ReviewSession target, int batchSize, int alreadyIn, int size, List<string> warnings)
    {
        var minimum = Math.Min(rules.BatchMin, size);
        if (batchSize < minimum)
        {
            warnings.Add($"The batch for the session on {SessionText.Date(target.Date)} has {Counted.Of(batchSize, "application")}, "
                + $"fewer than the minimum of {minimum}: the backlog has no more that are ready.");
        }

        if (alreadyIn > size)
        {
            warnings.Add($"The session on {SessionText.Date(target.Date)} already has {alreadyIn} applications in review, more than the batch size of {size}; none was removed.");
        }
    }

    private static void WarnAboutReviewers(IReadOnlyList<ReviewerAssignment> assignments, ReviewerPool reviewers, List<string> warnings)
    {
        foreach (var assignment in assignments.Where(a => a.Missing > 0))
        {
            var found = assignment.Added.Count == 0
                ? "no Working Group member is available"
                : $"only {Counted.Of(assignment.Added.Count, "Working Group member is", "Working Group members are")} available";
            warnings.Add($"#{assignment.IssueNumber}: {found} to lead its review (sessions.reviewers-per-application is {reviewers.PerApplication}); " +
                "its author, the maintainers it lists, members of the organisation owning its repository, members who recused and people.working-group.unavailable are left out. Assign a reviewer by hand.");
        }
    }

    /// <summary>Once the session has started nobody is replaced (its agenda is the record), but the run says who left.</summary>
    private static void WarnAboutLeavers(IEnumerable<ScheduledApplication> batch, ReviewerPool reviewers, ReviewSession target, List<string> warnings)
    {
        foreach (var (number, left) in batch.Select(b => (b.Application.Issue.Number, Left: reviewers.Replaced(b.Application)))
            .Where(b => b.Left.Count > 0))
        {
            var who = left.Count == 1 ? "a lead reviewer, is" : "lead reviewers, are";
            warnings.Add($"#{number}: {string.Join(", ", left.Select(l => "@" + l))}, {who} "
                + $"no longer in the Working Group, and the session on {SessionText.Date(target.Date)} has started, so its agenda stays as it was. "
                + "Assign another reviewer by hand if the review still needs one.");
        }
    }

    /// <summary>
    /// Whom the agenda records as lead reviewers: Working Group members, when the run read them, so nobody while the group is
    /// empty: a night without members must not record someone assigned by hand, whom the next night would take for a leaver.
    /// </summary>
    private static IReadOnlyCollection<string>? Recording(ReviewerPool? reviewers) =>
        reviewers is { PerApplication: > 0 } ? reviewers.Members : null;

    private IssuePlan PlanFor(ScheduledApplication member, ReviewSession target, string repositoryUrl, ReviewerAssignment? reviewers)
    {
        var sessionComment = SessionNotice(member.Application, target, repositoryUrl);
        return LabelPlan(member.Application) with
        {
            AddAssignees = reviewers?.Added ?? [],
            RemoveAssignees = reviewers?.Removed ?? [],
            // One already in the batch has its session comment edited only when the text differs (the session's hour moved,
            // say, or the session is back on once out of sessions.skip), or when it has a twin to delete; its queue comment too.
            Comments = member.Change != BatchChange.Kept ? [sessionComment, QueuePositionNotice.Scheduled(target.Date)]
                : [.. member.Application.SessionNotice?.Unposted(sessionComment) ?? [],
                    .. QueuePositionNotice.Unposted(member.Application, QueuePositionNotice.Scheduled(target.Date))],
        };
    }

    private CommentUpsert SessionNotice(QueueCandidate application, ReviewSession session, string repositoryUrl) =>
        new(ReviewSessionNotice.Purpose, ReviewSessionNotice.Render(session, calendar.TimeZone, rules, requirements, repositoryUrl,
            ReviewSessionNotice.Held(application, session.Date, calendar, _now)));

    private IssuePlan PlanForMoved(QueueCandidate application, ReviewSession? next)
    {
        // Moved (QueueStanding.SessionSkipped) means its notice records the cancelled session.
        var cancelled = application.ScheduledSession!.Value;
        var notice = new CommentUpsert(ReviewSessionNotice.Purpose, ReviewSessionNotice.Moved(cancelled,
            SessionText.Listed(application.SessionNotice?.Kept?.Body, cancelled), next, calendar.TimeZone, rules,
            ReviewSessionNotice.Held(application, cancelled, calendar, _now)));
        return new(application.Issue.Number)
        {
            Comments = [.. application.SessionNotice?.Unposted(notice) ?? [notice],
                .. QueuePositionNotice.Unposted(application, QueuePositionNotice.Moved(next?.Date))],
        };
    }

    /// <summary>What scheduling does to an application's labels: in review on, and new off when the rules say so.</summary>
    private IssuePlan LabelPlan(QueueCandidate application) => new(application.Issue.Number)
    {
        AddLabels = application.Issue.HasLabel(rules.Labels.InReview) ? [] : [rules.Labels.InReview],
        RemoveLabels = rules.RemoveNewOnSchedule && application.Issue.HasLabel(rules.Labels.New) ? [rules.Labels.New] : [],
    };

    private List<string> LabelsAfter(QueueCandidate application) =>
        [.. application.Issue.WithLabelsOf(LabelPlan(application)).Labels.Order(LabelNames.Comparer)];

    private List<HeldBackApplication> HeldBack(ILookup<QueueStanding, QueueCandidate> standings) =>
        [.. standings[QueueStanding.WaitingOnApplicant].Select(a => Held(a, a.WaitsUntil is { } from
                ? $"an early resubmission: reviewed as new from {SessionText.Date(from)}"
                : $"waiting on the applicant (label '{rules.Labels.Waiting}')"))
            .Concat(standings[QueueStanding.IntakeIncomplete].Select(a => Held(a, "intake not complete" + (a.IntakeVerdict.Length > 0 ? ": " + a.IntakeVerdict : string.Empty))))
            .Concat(standings[QueueStanding.Settled].Select(a => Held(a, $"labelled both '{rules.Labels.New}' and "
                + $"'{rules.Labels.Settled.First(a.Issue.HasLabel)}'; remove '{rules.Labels.New}' if it is stale")))
            .OrderBy(h => h.IssueNumber)];

    private static HeldBackApplication Held(QueueCandidate application, string reason) =>
        new(application.Issue.Number, application.Issue.Title, application.Issue.HtmlUrl, reason);
}
