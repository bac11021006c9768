namespace Ecosystem.Actions.Hosting;

/// <summary>A command whose name, summary and options are known but whose body is not part of this build.</summary>
public sealed class UnavailableCommand(string name, string summary, IReadOnlyList<CommandOption> options) : ICommand
{
    public string Name { get; } = name;

    public string Summary { get; } = summary;

    public IReadOnlyList<CommandOption> Options { get; } = options;

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Runtime.SetFailed($"`{Name}` is not available in this build.");
        return Task.FromResult(ExitCodes.Failure);
    }
}
