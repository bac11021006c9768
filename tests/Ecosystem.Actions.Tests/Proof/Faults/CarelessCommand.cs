using System.CommandLine;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Wiring;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Tests.Proof.Faults;

/// <summary>
/// A command that is idempotent only when nothing fails: it posts a comment without looking for its own, then removes
/// the label that selects the issue. A failure between the two makes the re-run post the comment again. It shows that
/// <see cref="FaultProof"/> catches a duplicate.
/// </summary>
public sealed class CarelessCommand : ICommand
{
    public string Name => "careless";

    public string Summary => "Welcome New issues, then take the label off.";

    public IReadOnlyList<Option<string>> Options { get; } = [];

    public async Task<int> RunAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var session = GitHubSession.Open(context);
        foreach (var issue in (await session.Gateway.GetIssuesAsync(IssueStateFilter.Open)).Where(i => i.HasLabel("New")))
        {
            await session.Gateway.CreateCommentAsync(issue.Number, "Welcome!");
            await session.Gateway.RemoveLabelAsync(issue.Number, "New");
        }

        return ExitCodes.Success;
    }
}
