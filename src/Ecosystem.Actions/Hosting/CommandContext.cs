using System.CommandLine;
using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Actions.Hosting;

/// <summary>What a command runs with: the runtime, the combined options, the event, the clock and the HTTP handler.</summary>
public sealed class CommandContext(ICommand command, ParseResult commandLine, ActionsRuntime runtime, HostEnvironment host, EcosystemOptions configuration)
{
    private readonly Lazy<EventContext> _event = new(() => EventContext.Load(host.Environment));

    public string CommandName => command.Name;

    public ActionsRuntime Runtime { get; } = runtime;

    /// <summary><c>--dry-run</c> or input <c>dry-run</c> (a YAML 1.2 boolean): print the changes instead of making them.</summary>
    public bool DryRun { get; init; }

    /// <summary>Input <c>token</c>, else <c>GITHUB_TOKEN</c>; null when neither is set. Already masked.</summary>
    public string? Token { get; init; }

    public HostEnvironment Host { get; } = host;

    /// <summary>The validated <c>.github/ecosystem.yml</c>, layered with environment and <c>--set</c> overrides.</summary>
    public EcosystemOptions Configuration { get; } = configuration;

    /// <summary>The checkout that relative paths in options and configuration refer to.</summary>
    public string Workspace { get; } = WorkspaceOf(host.Environment);

    public TimeProvider Time => Host.TimeProvider;

    /// <summary>The configured intake rules on the job's clock (a new record on each read: read it once per run).</summary>
    public IntakeRules IntakeRules => Configuration.Intake with { Time = Time };

    /// <summary>The job's cancellation (Ctrl-C, SIGTERM); the GitHub session ties every request and wait to it.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>The triggering event, read on first use; throws <see cref="SetupException"/> when absent or malformed.</summary>
    public EventContext Event => _event.Value;

    /// <summary>
    /// A command option's value: the command line's, else the action input of the same name, else null (an empty input
    /// counts as not given). A name the command has no option for is an <see cref="ArgumentException"/>.
    /// </summary>
    public string? GetOption(string name) =>
        commandLine.GetValue<string>("--" + name) ?? (Runtime.GetInput(name) is { Length: > 0 } input ? input : null);

    /// <summary><c>GITHUB_WORKSPACE</c>, or the current directory outside Actions, as a full path.</summary>
    public static string WorkspaceOf(IReadOnlyDictionary<string, string?> environment) =>
        environment.GetValueOrDefault("GITHUB_WORKSPACE")?.Trim() is { Length: > 0 } workspace
            ? Path.GetFullPath(workspace) : Directory.GetCurrentDirectory();
}
