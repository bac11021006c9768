using Ecosystem.Actions.Hosting;

namespace Ecosystem.Actions.Commands;

/// <summary><c>schedule</c>: Move the next batch of applications into the coming review session.</summary>
public sealed class ScheduleCommand : ICommand
{
    public string Name => "schedule";

    public string Summary => "Move the next batch of applications into the coming review session.";

    public IReadOnlyList<CommandOption> Options { get; } =
        [
            CommandOption.Value("session-date", "YYYY-MM-DD", "The review session to schedule for (input: session-date)."),
            CommandOption.Value("batch-size", "N", "How many applications the session takes (input: batch-size)."),
        ];

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Runtime.SetFailed($"`{Name}` is not available in this build.");
        return Task.FromResult(ExitCodes.Failure);
    }
}
