using System.CommandLine;
using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;
using Ecosystem.GitHub.Identity;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands;

/// <summary>
/// <c>schedule</c>: reads the open issues once, lets <see cref="BatchPlanner"/> decide the batch and writes only what
/// differs. Outputs <c>session-date</c>, <c>scheduled</c> (the issues this run moved into review), <c>forecast</c> and
/// <c>assignments</c>.
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
        var runtime = context.Runtime;
        var configuration = context.Configuration;
        var calendar = new ReviewCalendar(configuration.Calendar);
        var rules = configuration.Scheduling;
        var overrides = ReadOverrides(context, calendar.Today(context.Time.GetUtcNow()), calendar.TimeZone);

        var intake = new IntakeAssessor(ApplicationFormFile.Load(context), context.IntakeRules);

        using var session = GitHubSession.Open(context);
        var gateway = session.Gateway;
        var automation = await gateway.GetAutomationAsync();
        // One paged read of the open issues with their comments (100 issues a request): the session of an application in
        // review is in the automation's comment on it, and the queue-position and session comments are edited in place,
        // so every comment the run needs comes with the issue.
        var open = (await gateway.GetIssueHistoriesAsync(IssueStateFilter.Open)).DistinctBy(h => h.Issue.Number).ToDictionary(h => h.Issue.Number);
        var agendas = open.Values.Select(h => h.Issue).Where(i => IsAgenda(i, automation)).ToList();
        var candidates = open.Values
            .Where(h => !IsAgenda(h.Issue, automation) && (h.Issue.HasLabel(rules.Labels.New) || h.Issue.HasLabel(rules.Labels.InReview)))
            .Select(h => intake.Candidate(h.Issue, RecordsASession(h.Issue, rules) ? RecordedSession(h.Comments, automation) : null))
            .ToList();
        runtime.Info($"Read {open.Count} open issue(s); {candidates.Count} are applications in the backlog or in review.");

        var repositoryUrl = session.RepositoryUrl;
        var planner = new BatchPlanner(calendar, rules, context.Time);
        var plan = planner.Plan(candidates, repositoryUrl, overrides);
        // The batch is known only once planned; reviewers are then picked for it, the plan made again with them.
        if (await ReviewersAsync(session, configuration, plan, open, agendas) is { } reviewers)
        {
            plan = planner.Plan(candidates, repositoryUrl, overrides, reviewers);
        }

        runtime.Info(plan.Log(calendar.TimeZone));

        // Every plan is for an open issue, read with its comments in the one paged read.
        async Task<int> ApplyAsync(IEnumerable<IssuePlan> plans)
        {
            var count = 0;
            foreach (var issuePlan in plans)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (issue, comments, _) = open[issuePlan.IssueNumber];
                count += (await session.ApplyAsync(issue, comments, issuePlan)).Count;
            }

            return count;
        }

        var writes = await ApplyAsync(plan.IssuePlans);

        if (plan.Agenda is { } wanted)
        {
            // One agenda issue a session: created when missing, its body edited only when the text differs; a second one
            // (two runs at once) is closed as a duplicate of the first.
            var (current, closed) = await session.Applier.KeepFirstAsync(
                agendas.Where(i => string.Equals(i.Title.Trim(), wanted.Title, StringComparison.Ordinal)));
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

        var queueWrites = await ApplyAsync(plan.QueueNotices);
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
        if (!context.DryRun)
        {
            runtime.Info(writes == 0 ? "Nothing needed changing." : $"{writes} change(s) written.");
        }
        else
        {
            session.ReportPlannedWrites();
        }

        return ExitCodes.Success;
    }

    /// <summary>The overrides from the options or inputs, else the workflow_dispatch inputs; a usage error lists every bad value.</summary>
    private static SchedulingOverrides ReadOverrides(CommandContext context, DateOnly today, TimeZoneInfo zone)
    {
        var eventName = context.Event.EventName;
        if (!Events.Contains(eventName, StringComparer.Ordinal))
        {
            throw new UsageException(
                $"`{context.CommandName}` runs on the {string.Join(" and ", Events)} events, not on '{eventName}'; trigger the workflow with `on: schedule` or `on: workflow_dispatch`.");
        }

        // Only a workflow_dispatch event carries inputs.
        var dispatched = context.Event.Payload.WorkflowInputs;
        var overrides = SchedulingOverrides.Parse(
            context.GetOption(SessionDate) ?? dispatched.GetValueOrDefault(SessionDate),
            context.GetOption(BatchSize) ?? dispatched.GetValueOrDefault(BatchSize),
            today,
            zone,
            out var problems);
        return problems.Count == 0 ? overrides : throw new UsageException(string.Join("\n", problems));
    }

    /// <summary>
    /// Who may lead the reviews of the batch of <paramref name="draft"/> (the plan made without reviewers), reading as
    /// little as possible: recusals and history come from what the backlog read holds, and each member's membership of
    /// an applicant organisation is asked once. Null when no application needs reviewers, assignment is off, or the
    /// window is closed.
    /// </summary>
    private static async Task<ReviewerPool?> ReviewersAsync(
        GitHubSession session, EcosystemOptions options, SchedulePlan draft, Dictionary<int, IssueHistory> open, List<IssueSnapshot> agendas)
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
                open[a.Number].Comments
                    .Where(c => memberSet.Contains(c.Author) && VoteCommandParser.Parse(c.Body).Any(command => command.Verb == VoteVerb.Recuse))
                    .Select(c => c.Author),
                StringComparer.OrdinalIgnoreCase)),
            History = ReviewAgenda.ReviewerHistory(agendas.Select(a => a.Body), target.Date, options.AssignmentHistorySessions),
        };

        // Each member asked once an organisation, in batch order; logins and organisations compare without regard to case.
        var membership = new Dictionary<(string Organisation, string Member), bool>();
        foreach (var (owner, member) in concerned.SelectMany(a => a.RepositoryOwner is { } owner ? pool.CandidatesFor(a).Select(m => (owner, m)) : []))
        {
            var key = (owner.ToLowerInvariant(), member.ToLowerInvariant());
            if (!membership.ContainsKey(key))
            {
                membership[key] = await session.Gateway.IsOrganizationMemberAsync(owner, member);
            }
        }

        var organisations = membership.Where(m => m.Value).GroupBy(m => m.Key.Organisation, m => m.Key.Member).ToDictionary(
            g => g.Key, g => (IReadOnlySet<string>)new HashSet<string>(g, StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        return pool with { OrganisationMembers = organisations };
    }

    private static void SetOutputs(ActionsRuntime runtime, SchedulePlan plan)
    {
        runtime.SetOutput(SessionDate, plan.Target is { } target ? SessionText.Date(target.Date) : string.Empty);
        runtime.SetOutput("scheduled", plan.Batch.Where(b => b.Change != BatchChange.Kept).Select(b => b.Application.Number).ToArray());
        runtime.SetOutput("forecast", plan.Forecast);
        runtime.SetOutput("assignments", plan.Assignments.ToArray());
    }

    /// <summary>The session named by the automation's own review-session notice in <paramref name="thread"/>, or null.</summary>
    internal static DateOnly? RecordedSession(IReadOnlyList<CommentSnapshot> thread, AutomationAccount automation) =>
        automation.Own(thread, ReviewSessionNotice.Purpose) is [var notice, ..] ? ReviewSessionNotice.SessionDateIn(notice.Body) : null;

    /// <summary>An agenda issue the automation opened (a user's issue with the same title is not one).</summary>
    internal static bool IsAgenda(IssueSnapshot issue, AutomationAccount automation) =>
        automation.Opened(issue) && HiddenMarker.PurposeOf(issue.Body) == ReviewAgenda.Purpose;

    /// <summary>In-review issues that wait on the applicant or are already voting or decided keep no session: theirs cannot change anything.</summary>
    private static bool RecordsASession(IssueSnapshot issue, SchedulingRules rules) =>
        issue.HasLabel(rules.Labels.InReview) && !issue.HasLabel(rules.Labels.Waiting) && !rules.Labels.Settled.Any(issue.HasLabel);
}
