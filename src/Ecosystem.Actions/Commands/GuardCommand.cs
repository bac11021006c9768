using Ecosystem.Actions.Hosting;

namespace Ecosystem.Actions.Commands;

/// <summary><c>guard</c>: Guard the process: revert unauthorised label changes, answer applicant replies, chase stale waits, re-check accepted projects.</summary>
public sealed class GuardCommand : ICommand
{
    public string Name => "guard";

    public string Summary => "Guard the process: revert unauthorised label changes, answer applicant replies, chase stale waits, re-check accepted projects.";

    public IReadOnlyList<CommandOption> Options { get; } =
        [];

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Runtime.SetFailed($"`{Name}` is not available in this build.");
        return Task.FromResult(ExitCodes.Failure);
    }
}
