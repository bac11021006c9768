using Ecosystem.Actions.Hosting;

namespace Ecosystem.Actions.Commands;

/// <summary><c>validate</c>: Check application issues against the form and the requirements, and report on each issue.</summary>
public sealed class ValidateCommand : ICommand
{
    public string Name => "validate";

    public string Summary => "Check application issues against the form and the requirements, and report on each issue.";

    public IReadOnlyList<CommandOption> Options { get; } =
        [
            CommandOption.Value("issue", "N|all", "The application issue to check, or all open applications (input: issue)."),
            CommandOption.Value("body-file", "FILE", "Check this issue body from a file instead of an issue (input: body-file)."),
            CommandOption.Value("template", "FILE", "The issue form the body was written with (input: template)."),
        ];

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Runtime.SetFailed($"`{Name}` is not available in this build.");
        return Task.FromResult(ExitCodes.Failure);
    }
}
