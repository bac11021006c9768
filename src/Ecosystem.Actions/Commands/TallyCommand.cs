using Ecosystem.Actions.Hosting;

namespace Ecosystem.Actions.Commands;

/// <summary><c>tally</c>: Count the Working Group's ballots on applications under review and report the tally.</summary>
public sealed class TallyCommand : ICommand
{
    public string Name => "tally";

    public string Summary => "Count the Working Group's ballots on applications under review and report the tally.";

    public IReadOnlyList<CommandOption> Options { get; } =
        [
            CommandOption.Value("issue", "N|all", "The application issue to tally, or all under review (input: issue)."),
        ];

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Runtime.SetFailed($"`{Name}` is not available in this build.");
        return Task.FromResult(ExitCodes.Failure);
    }
}
