using System.CommandLine;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Tests.Proof.Faults;

/// <summary>
/// A command built the way the real ones are (session, read, pure plan, applier) that exercises every kind of issue
/// write: labels added and removed, a comment created, a comment edited, an issue closed. It proves the host and the
/// gateway under faults independently of any one command's rules.
/// </summary>
public sealed class StatusPlanCommand : ICommand
{
    public const string Purpose = "proof-status";

    public string Name => "status-plan";

    public string Summary => "Move New applications under review and close withdrawn ones, each with a status comment.";

    public IReadOnlyList<Option<string>> Options { get; } = [];

    public async Task<int> RunAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var session = GitHubSession.Open(context);
        foreach (var issue in await session.Gateway.GetIssuesAsync(IssueStateFilter.Open))
        {
            if (PlanFor(issue) is { IsEmpty: false } plan)
            {
                var comments = await session.Gateway.GetCommentsAsync(issue.Number);
                var writes = await session.Applier.ApplyAsync(issue, comments, plan);
                context.Runtime.Info($"#{issue.Number}: {writes.Count} write(s).");
            }
        }

        return ExitCodes.Success;
    }

    public static IssuePlan? PlanFor(IssueSnapshot issue)
    {
        if (issue.HasLabel("New"))
        {
            return new IssuePlan(issue.Number)
            {
                AddLabels = ["Under review"],
                RemoveLabels = ["New"],
                Comments = [new CommentUpsert(Purpose, $"#{issue.Number} is under review.")],
            };
        }

        if (issue.HasLabel("Withdrawn"))
        {
            return new IssuePlan(issue.Number)
            {
                Comments = [new CommentUpsert(Purpose, $"#{issue.Number} was withdrawn and is closed.")],
                State = new IssueStateChange(Open: false, StateReason: "not_planned"),
            };
        }

        return null;
    }
}
