using System.CommandLine;
using Ecosystem.Actions.Hosting;

namespace Ecosystem.Actions.Tests.Hosting;

/// <summary>A test command: records the context it ran with and runs the test's body.</summary>
public sealed class RecordingCommand(Func<CommandContext, CancellationToken, Task<int>>? body = null) : ICommand
{
    public string Name => "probe";

    public string Summary => "Records what the host hands to a command.";

    public IReadOnlyList<Option<string>> Options { get; } =
    [
        new("--issue") { HelpName = "N|all", Description = "The issue." },
    ];

    public CommandContext? Context { get; private set; }

    /// <summary>Holds <see cref="Prepare"/> until set (it is set unless a test resets it).</summary>
    public ManualResetEventSlim PrepareGate { get; } = new(initialState: true);

    /// <summary>Completes when <see cref="Prepare"/> has run.</summary>
    public TaskCompletionSource Prepared { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Thrown by <see cref="Prepare"/> once it has run, when set.</summary>
    public Exception? PrepareFailure { get; init; }

    public void Prepare()
    {
        PrepareGate.Wait(TimeSpan.FromSeconds(30));
        Prepared.TrySetResult();
        if (PrepareFailure is not null)
        {
            throw PrepareFailure;
        }
    }

    public Task<int> RunAsync(CommandContext context)
    {
        Context = context;
        return body?.Invoke(context, context.Cancellation) ?? Task.FromResult(0);
    }
}
