using System.CommandLine;
using System.Globalization;
using Ecosystem.Actions.Commands.Schedule;
using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Actions.Commands;

/// <summary>
/// <c>schedule</c>: Move the next batch of applications into the coming review session. Reads the open issues once,
/// lets <see cref="BatchPlanner"/> decide the batch, and writes only what differs: labels and the review-session
/// comment and lead reviewers (assignees) of each application that joins, the session's agenda issue, the board
/// column, and the queue-position comment of every application still waiting. Outputs <c>session-date</c>,
/// <c>scheduled</c> (the issues this run moved into review, JSON), <c>forecast</c> (JSON) and <c>assignments</c> (JSON).
/// </summary>
public sealed class ScheduleCommand : ICommand
{
    private const string SessionDate = "session-date";
    private const string BatchSize = "batch-size";

    /// <summary>The events the command answers: the nightly run and a run by hand.</summary>
    private static readonly string[] Events = ["schedule", "workflow_dispatch"];

    public string Name => "schedule";

    public string Summary => "Move the next batch of applications into the coming review session.";

    public IReadOnlyList<Option<string>> Options { get; } =
        [
            new("--" + SessionDate) { HelpName = "YYYY-MM-DD", Description = "The review session to schedule for (input: session-date)." },
            new("--" + BatchSize) { HelpName = "N", Description = "How many applications the session takes (input: batch-size)." },
        ];

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runtime = context.Runtime;
        var configuration = context.Configuration;
        var calendar = new ReviewCalendar(configuration.Calendar);
        var rules = configuration.Scheduling;
        var overrides = ReadOverrides(context, calendar.Today(context.Time.GetUtcNow()), calendar.TimeZone);

        var form = ApplicationFormFile.TryLoad(configuration.ApplicationTemplate, context.Workspace, "application.template", out var problem);
        if (form is null)
        {
            runtime.Error(problem, new AnnotationProperties(Title: "Application form"));
            return ExitCodes.Usage;
        }

        var intake = new IntakeScreen(form, configuration.Intake with { Time = context.Time });

        using var session = GitHubSession.Open(context);
        var gateway = session.Gateway;
        var automation = await gateway.GetAutomationAsync();
        var backlog = await new BacklogReader(gateway, rules, intake).ReadAsync(automation, cancellationToken);
        runtime.Info($"Read {backlog.Issues.Count} open issue(s); {backlog.Candidates.Count} are applications in the backlog or in review.");

        var repositoryUrl = session.RepositoryUrl;
        var planner = new BatchPlanner(calendar, rules, context.Time);
        var plan = planner.Plan(backlog.Candidates, repositoryUrl, overrides);
        // The batch is known only once planned; reviewers are then picked for it, the plan made again with them.
        if (await ReviewersAsync(session, configuration, plan, backlog) is { } reviewers)
        {
            plan = planner.Plan(backlog.Candidates, repositoryUrl, overrides, reviewers);
        }

        Describe(runtime, plan, calendar.TimeZone);

        async Task<int> ApplyAsync(IssuePlan issuePlan)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Every plan is for an open issue, read with its comments in the backlog's one paged read.
            return (await session.ApplyAsync(backlog.Issues[issuePlan.IssueNumber], backlog.Comments[issuePlan.IssueNumber], issuePlan)).Count;
        }

        var writes = 0;
        foreach (var issuePlan in plan.IssuePlans)
        {
            writes += await ApplyAsync(issuePlan);
        }

        if (plan.Agenda is { } wanted)
        {
            // One agenda issue a session: created when missing, its body edited only when the text differs; a second one
            // (two runs at once) is closed as a duplicate of the first.
            var (current, closed) = await session.Applier.KeepFirstAsync(
                backlog.AgendaIssues.Where(i => string.Equals(i.Title.Trim(), wanted.Title, StringComparison.Ordinal)));
            var (_, written) = await session.Applier.WriteIssueAsync(current, wanted);
            writes += (written.Count == 0 ? 0 : 1) + closed.Count;
            runtime.Info($"Agenda issue \"{wanted.Title}\": {(current is null ? "created" : written.Count == 0 ? "unchanged" : "updated")}.");
        }

        // The next run compares the board with the labels again and makes the moves that are still missing.
        var moved = await session.ApplyBoardAsync(
            plan.BoardPlans, "The labels and comments were written", "The next run moves what is still missing. ", new AnnotationProperties(Title: "Schedule"));
        writes += moved.Count;
        if (moved.Count > 0)
        {
            runtime.Info($"Board: {moved.Count} item(s) moved to '{configuration.Board.Columns.InProgress}'.");
        }

        var queueWrites = 0;
        foreach (var notice in plan.QueueNotices)
        {
            queueWrites += await ApplyAsync(notice);
        }

        writes += queueWrites;
        if (plan.QueueNotices.Count > 0)
        {
            runtime.Info($"Queue-position comments: {plan.QueueNotices.Count} application(s) waiting or held back, {queueWrites} comment(s) written.");
        }

        foreach (var warning in plan.Warnings)
        {
            runtime.Warning(warning, new AnnotationProperties(Title: "Schedule"));
        }

        SetOutputs(runtime, plan);
        runtime.Summary.AddMarkdown(plan.Summary(calendar.TimeZone));
        if (session.DryRun is null)
        {
            runtime.Info(writes == 0 ? "Nothing needed changing." : $"{writes} change(s) written.");
        }
        else
        {
            session.ReportPlannedWrites();
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// The overrides from the command line or action inputs, falling back to the workflow_dispatch inputs of the
    /// event; a <see cref="UsageException"/> lists every bad value, and a session date in the past is one.
    /// </summary>
    private static SchedulingOverrides ReadOverrides(CommandContext context, DateOnly today, TimeZoneInfo zone)
    {
        var eventName = context.Event.EventName;
        if (!Events.Contains(eventName, StringComparer.Ordinal))
        {
            throw new UsageException(
                $"`{context.CommandName}` runs on the {string.Join(" and ", Events)} events, not on '{eventName}'; trigger the workflow with `on: schedule` or `on: workflow_dispatch`.",
                context.CommandName);
        }

        var dispatched = eventName == "workflow_dispatch" ? context.Event.WorkflowInputs : new Dictionary<string, string>();
        var overrides = SchedulingOverrides.Parse(
            context.GetOption(SessionDate) ?? dispatched.GetValueOrDefault(SessionDate),
            context.GetOption(BatchSize) ?? dispatched.GetValueOrDefault(BatchSize),
            out var problems);
        var found = problems.ToList();
        if (overrides.SessionDate is { } date && date < today)
        {
            found.Add($"input {SessionDate}: {Iso(date)} is before today ({Iso(today)} in {zone.Id}); give today or a later date, or leave it empty for the next session.");
        }

        return found.Count == 0 ? overrides : throw new UsageException(string.Join("\n", found), context.CommandName);
    }

    /// <summary>
    /// Who may lead the reviews of the batch of <paramref name="draft"/> (the plan made without reviewers), reading as
    /// little as possible: the Working Group (resolved for the run), recusals and history from the comments and agenda
    /// issues read with the backlog, and one organisation-membership check per member and applicant organisation. Null
    /// when no application needs it (nothing joins and every application has reviewers), assignment is off, or the
    /// window is closed.
    /// </summary>
    private static async Task<ReviewerPool?> ReviewersAsync(GitHubSession session, EcosystemOptions options, SchedulePlan draft, Backlog backlog)
    {
        var concerned = draft.Batch
            .Where(b => b.Change != BatchChange.Kept || b.Application.Assignees.Count == 0)
            .Select(b => b.Application)
            .ToList();
        if (options.ReviewersPerApplication == 0 || !draft.WindowOpen || draft.Target is not { } target || concerned.Count == 0)
        {
            return null;
        }

        var members = (await session.PeopleAsync()).WorkingGroup.Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (members.Count == 0)
        {
            return null;
        }

        var memberSet = new HashSet<string>(members, StringComparer.OrdinalIgnoreCase);
        var pool = new ReviewerPool(members, options.ReviewersPerApplication, options.AssignmentHistorySessions)
        {
            Unavailable = new HashSet<string>(options.People.WorkingGroup.Unavailable, StringComparer.OrdinalIgnoreCase),
            // The tally's own rule: only members recuse.
            Recused = concerned.ToDictionary(a => a.Number, a => (IReadOnlySet<string>)new HashSet<string>(
                backlog.Comments[a.Number]
                    .Where(c => memberSet.Contains(c.Author) && VoteCommandParser.Parse(c.Body).Any(command => command.Verb == VoteVerb.Recuse))
                    .Select(c => c.Author),
                StringComparer.OrdinalIgnoreCase)),
            History = ReviewAgenda.ReviewerHistory(backlog.AgendaIssues.Select(a => a.Body), target.Date, options.AssignmentHistorySessions),
        };

        var membership = new Dictionary<(string Organisation, string Member), bool>();
        var organisations = new Dictionary<string, IReadOnlySet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var application in concerned)
        {
            if (application.RepositoryOwner is not { } owner)
            {
                continue;
            }

            var belonging = new HashSet<string>(organisations.GetValueOrDefault(owner) ?? new HashSet<string>(), StringComparer.OrdinalIgnoreCase);
            foreach (var member in pool.CandidatesFor(application))
            {
                var key = (owner.ToLowerInvariant(), member.ToLowerInvariant());
                if (!membership.TryGetValue(key, out var belongs))
                {
                    membership[key] = belongs = await session.Gateway.IsOrganizationMemberAsync(owner, member);
                }

                if (belongs)
                {
                    belonging.Add(member);
                }
            }

            organisations[owner] = belonging;
        }

        return pool with { OrganisationMembers = organisations };
    }

    private static void Describe(ActionsRuntime runtime, SchedulePlan plan, TimeZoneInfo zone)
    {
        if (plan.Target is not { } target)
        {
            runtime.Info("No review session to schedule for.");
            return;
        }

        runtime.Info($"Target session: {Iso(target.Date)} ({zone.Id}), in {plan.DaysUntilSession} day(s); " +
            (plan.WindowOpen ? "its batch is being filled." : "outside the lead time, nothing moves yet."));
        for (var i = 0; i < plan.Batch.Count; i++)
        {
            var member = plan.Batch[i];
            var reviewers = plan.Assignments.FirstOrDefault(a => a.IssueNumber == member.Application.Number)?.Reviewers ?? member.Application.Assignees;
            runtime.Info(string.Create(CultureInfo.InvariantCulture, $"  {i + 1}. #{member.Application.Number} {member.Application.Title} ({member.Change.ToString().ToLowerInvariant()})")
                + (reviewers.Count == 0 ? string.Empty : "; reviewers: " + string.Join(", ", reviewers)));
        }

        var waiting = plan.Forecast.Queue;
        runtime.Info(waiting.Count == 0 ? "Queue: empty." : $"Queue: {waiting.Count} application(s) waiting.");
        foreach (var entry in waiting.Take(QueueForecast.TableRows))
        {
            runtime.Info(string.Create(CultureInfo.InvariantCulture, $"  {entry.Position}. #{entry.IssueNumber} expected {(entry.ExpectedSession is { } date ? Iso(date) : "after the last session in the calendar")}"));
        }
    }

    private static void SetOutputs(ActionsRuntime runtime, SchedulePlan plan)
    {
        runtime.SetOutput(SessionDate, plan.Target is { } target ? Iso(target.Date) : string.Empty);
        runtime.SetOutput("scheduled", plan.Batch.Where(b => b.Change != BatchChange.Kept).Select(b => b.Application.Number).ToArray());
        runtime.SetOutput("forecast", plan.Forecast);
        runtime.SetOutput("assignments", plan.Assignments.Select(AssignmentOutput.From).ToArray());
    }

    private static string Iso(DateOnly date) => date.ToString(ReviewCalendarSettings.DateFormat, CultureInfo.InvariantCulture);
}
