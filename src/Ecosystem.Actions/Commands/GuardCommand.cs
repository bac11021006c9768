using System.CommandLine;
using Ecosystem.Actions.Commands.Guard;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Guardians;

namespace Ecosystem.Actions.Commands;

/// <summary>
/// <c>guard</c>: what it guards follows the event (see <see cref="GuardianFor"/>). Output <c>rerun-intake</c> names the
/// applications whose applicant answered, as the intake workflow does not run on comments.
/// </summary>
public sealed class GuardCommand : ICommand
{
    public string Name => "guard";

    public string Summary => "Guard the process: revert unauthorised label changes, carry out outcome labels, answer applicant replies and returning requests, chase stale waits, re-check accepted projects.";

    public IReadOnlyList<Option<string>> Options { get; } = [];

    public async Task<int> RunAsync(CommandContext context)
    {
        var @event = context.Event;
        var work = GuardianFor(context);
        if (work is null)
        {
            context.Runtime.Info($"Nothing to guard on `{@event.EventName}` ({@event.Payload.Action ?? "no action"}): label changes, new comments, and scheduled or manual runs are guarded.");
            WriteOutputs(context, []);
            return ExitCodes.Success;
        }

        using var session = GitHubSession.Open(context);
        var run = new GuardRun(context, session, await session.PeopleAsync(), await session.Gateway.GetAutomationAsync());
        await work(run);

        WriteOutputs(context, run.Outcomes);
        context.Runtime.Summary.AddMarkdown(GuardOutcome.Table(run.Outcomes) + "\n");
        foreach (var number in Issues(run.Outcomes.Where(o => o.RerunIntake)))
        {
            context.Runtime.Notice($"#{number}: the applicant answered; run the intake check again (`validate --issue {number}`, output rerun-intake).");
        }

        return session.Finish();
    }

    /// <summary>The guardian for the event; null when the event needs none.</summary>
    private static Func<GuardRun, Task>? GuardianFor(CommandContext context)
    {
        var (@event, payload) = (context.Event, context.Event.Payload);
        SetupException Missing(string field) => new($"The {@event.EventName} {payload.Action} event payload in {@event.EventPath} has no '{field}'.");
        switch (@event.EventName, payload.Action)
        {
            case ("issues", "labeled" or "unlabeled") when !@event.RequireIssue().IsPullRequest:
                var (number, label, sender) = (@event.RequireIssue().Number, payload.LabelName ?? throw Missing("label"), payload.Sender ?? throw Missing("sender"));
                return run => run.GuardLabelChangeAsync(number, label, payload.Action == "labeled", sender);
            case ("issue_comment", "created"):
                var (issue, comment) = (@event.RequireIssue(), payload.Comment ?? throw Missing("comment"));
                return issue.IsPullRequest ? null : run => run.AnswerReplyAsync(issue.Number, comment);
            case ("issues" or "issue_comment", _):
                return null;
            case ("schedule" or "workflow_dispatch", _):
                return run => run.HousekeepAsync();
            default:
                throw new UsageException(
                    $"`guard` runs on issues (labeled, unlabeled), issue_comment (created), schedule and workflow_dispatch events, not on `{@event.EventName}`. Change the workflow's `on:`.");
        }
    }

    private static void WriteOutputs(CommandContext context, IReadOnlyList<GuardOutcome> outcomes)
    {
        var runtime = context.Runtime;
        runtime.SetOutput("writes", outcomes.Sum(o => o.Writes));
        runtime.SetOutput("changed", Issues(outcomes.Where(o => o.Writes > 0)));
        runtime.SetOutput("rerun-intake", Issues(outcomes.Where(o => o.RerunIntake)));
    }

    private static int[] Issues(IEnumerable<GuardOutcome> outcomes) => [.. outcomes.Select(o => o.IssueNumber).OfType<int>().Distinct().Order()];
}
