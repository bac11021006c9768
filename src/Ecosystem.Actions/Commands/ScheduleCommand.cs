using System.CommandLine;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands;

/// <summary><c>schedule</c>: reads the issues once, lets <see cref="BatchPlanner"/> decide and writes only what differs.</summary>
public sealed class ScheduleCommand : ICommand
{
    private const string SessionDate = "session-date";
    private const string BatchSize = "batch-size";

    public string Name => "schedule";

    public string Summary => "Move the next batch of applications into the coming review session.";

    public IReadOnlyList<Option<string>> Options { get; } =
        [
            new("--" + SessionDate) { HelpName = "YYYY-MM-DD", Description = "The review session to schedule for (input: session-date)." },
            new("--" + BatchSize) { HelpName = "N", Description = "How many applications the session takes (input: batch-size)." },
        ];

    public async Task<int> RunAsync(CommandContext context)
    {
        var runtime = context.Runtime;
        var configuration = context.Configuration;
        var calendar = new ReviewCalendar(configuration.Calendar);
        var rules = configuration.Scheduling;
        var planner = new BatchPlanner(calendar, rules, configuration.Intake, context.Time);
        var overrides = ReadOverrides(context, planner.Today, calendar);

        var intake = new IntakeAssessor(ApplicationFormFile.Load(context), context.IntakeRules);

        using var session = GitHubSession.Open(context);
        var gateway = session.Gateway;
        var automation = await gateway.GetAutomationAsync();
        // One paged read of the issues with their comments (100 issues a request): the session of an application in review
        // is in the automation's comment on it, and the queue-position and session comments are edited in place (a closed
        // application's too, which has no place), so every comment the run needs comes with the issue.
        var open = planner.Read(await gateway.GetIssueHistoriesAsync(IssueStateFilter.All), automation.Login, intake);
        runtime.Info($"Issues read: {open.ByNumber.Count}; applications among them queued, in review or told their place: {open.Candidates.Count}.");

        var repositoryUrl = session.RepositoryUrl;
        var plan = planner.Plan(open.Candidates, repositoryUrl, overrides, agendas: open.Agendas);
        // The batch is known only once planned; reviewers are then picked for it (each member's membership of an applicant
        // organisation asked once), one who left the Working Group replaced, the plan made again with them.
        if (rules.ReviewersPerApplication > 0 && plan.AsksForReviewers && await session.PeopleAsync() is { } people)
        {
            var pool = open.Reviewers(plan, people.WorkingGroup, calendar, people.Staff);
            var belonging = new List<(string, string)>();
            foreach (var (organisation, member) in pool.AffiliationQuestions(pool.Needing))
            {
                if (await gateway.IsOrganizationMemberAsync(organisation, member))
                {
                    belonging.Add((organisation, member));
                }
            }

            plan = planner.Plan(open.Candidates, repositoryUrl, overrides, pool with { Affiliations = belonging }, open.Agendas);
        }

        runtime.Info(plan.Log(calendar.TimeZone));

        // Every plan is for an open issue, read with its comments in the one paged read.
        async Task<int> ApplyAsync(IEnumerable<IssuePlan> plans)
        {
            var count = 0;
            foreach (var issuePlan in plans)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                var (issue, comments, _) = open.ByNumber[issuePlan.IssueNumber];
                count += await session.ApplyOrFailAsync(Name, issue, comments, issuePlan) ?? 0;
            }

            return count;
        }

        var writes = await ApplyAsync(plan.IssuePlans);
        plan = planner.AsAssigned(plan, session.Applier.Refused, session.Applier.Unfinished);

        // As this run's plans left them: one reopened as its session is back on is written in this run, not the next.
        var agendas = open.Agendas.Select(h => h.Issue).Where(i => ReviewAgenda.IsIssueOf(i, plan.Agenda)).Select(i => i with
        {
            IsOpen = plan.IssuePlans.Where(p => p.IssueNumber == i.Number).Select(p => p.State?.Open).LastOrDefault(o => o is not null) ?? i.IsOpen,
        }).ToList();
        // An empty batch opens no agenda; one open is edited (it must not list those that left); one staff closed stays closed.
        if (plan.Agenda is { } wanted && (agendas.Any(a => a.IsOpen) || (agendas.Count == 0 && plan.Batch.Count > 0)))
        {
            // One agenda issue a session. One GitHub refuses does not keep the queue from its places.
            writes += await session.OrFailAsync($"Agenda issue \"{wanted.Title}\" ({Name})", async () =>
            {
                var (current, closed) = await session.Applier.KeepFirstAsync(agendas);
                var (_, written) = await session.Applier.WriteIssueAsync(current, wanted);
                runtime.Info($"Agenda issue \"{wanted.Title}\": {(current is null ? "created" : written.Count == 0 ? "unchanged" : "updated")}.");
                return (written.Count == 0 ? 0 : 1) + closed.Count;
            });
        }

        var moved = await session.Applier.MoveOnBoardAsync(
            plan.BoardPlans, "The labels and comments were written", "The next run moves what is still missing.");
        writes += moved.Count;
        if (moved.Count > 0)
        {
            runtime.Info($"Board: {Counted.Of(moved.Count, "item")} moved to '{configuration.Board.Columns.InProgress}'.");
        }

        var queueWrites = await ApplyAsync(plan.QueueNotices);
        writes += queueWrites;
        if (plan.QueueNotices.Count > 0)
        {
            runtime.Info($"Queue-position comments of {Counted.Of(plan.QueueNotices.Count, "application")} not in a batch: {queueWrites} written.");
        }

        foreach (var warning in plan.Warnings)
        {
            session.Warn(warning);
        }

        runtime.SetOutput(SessionDate, plan.Target is { } target ? SessionText.Date(target.Date) : string.Empty);
        runtime.SetOutput("scheduled", plan.Joining.ToArray());
        runtime.SetOutput("forecast", plan.Forecast);
        runtime.SetOutput("assignments", plan.Assignments.ToArray());
        runtime.Summary.AddMarkdown(plan.Summary(calendar.TimeZone));
        if (!context.DryRun)
        {
            runtime.Info(writes == 0 ? "Nothing needed changing." : $"{Counted.Of(writes, "change")} written.");
        }

        return session.Finish();
    }

    /// <summary>The overrides from the options or inputs, else the workflow_dispatch inputs; a usage error lists every bad value.</summary>
    private static SchedulingOverrides ReadOverrides(CommandContext context, DateOnly today, ReviewCalendar calendar)
    {
        var eventName = context.Event.EventName;
        if (eventName is not ("schedule" or "workflow_dispatch"))
        {
            throw new UsageException(
                $"`{context.CommandName}` runs on the schedule and workflow_dispatch events, not on '{eventName}'; trigger the workflow with `on: schedule` or `on: workflow_dispatch`.");
        }

        // Only a workflow_dispatch event carries inputs.
        var dispatched = context.Event.Payload.WorkflowInputs;
        var overrides = SchedulingOverrides.Parse(
            context.GetOption(SessionDate) ?? dispatched.GetValueOrDefault(SessionDate),
            context.GetOption(BatchSize) ?? dispatched.GetValueOrDefault(BatchSize),
            today,
            calendar,
            out var problems);
        return problems.Count == 0 ? overrides : throw new UsageException(string.Join("\n", problems));
    }
}
