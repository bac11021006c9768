using System.CommandLine;
using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Runtime;

namespace Ecosystem.Actions.Hosting;

/// <summary>What a command runs with: the runtime, the combined options, the event, the clock and the HTTP handler.</summary>
public sealed class CommandContext
{
    private readonly ICommand _command;
    private readonly ParseResult _commandLine;
    private readonly Lazy<EventContext> _event;

    public CommandContext(ICommand command, ParseResult commandLine, CommonOptions options, ActionsRuntime runtime, HostEnvironment host, EcosystemOptions configuration)
    {
        ArgumentNullException.ThrowIfNull(host);
        _command = command;
        _commandLine = commandLine;
        Options = options;
        Runtime = runtime;
        Host = host;
        Configuration = configuration;
        _event = new Lazy<EventContext>(() => EventContext.Load(host.Environment));
    }

    public string CommandName => _command.Name;

    public ActionsRuntime Runtime { get; }

    /// <summary>The shared options: config file, dry run, <c>--set</c> overrides, token.</summary>
    public CommonOptions Options { get; }

    public HostEnvironment Host { get; }

    /// <summary>The validated <c>.github/ecosystem.yml</c>, layered with environment and <c>--set</c> overrides.</summary>
    public EcosystemOptions Configuration { get; }

    public IReadOnlyDictionary<string, string?> Environment => Host.Environment;

    /// <summary>The checkout that relative paths in options and configuration refer to.</summary>
    public string Workspace => WorkspaceOf(Host.Environment);

    public TimeProvider Time => Host.TimeProvider;

    /// <summary>The job's cancellation (Ctrl-C, SIGTERM); the GitHub session ties every request and wait to it.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>The triggering event, read on first use; throws <see cref="EventContextException"/> when absent or malformed.</summary>
    public EventContext Event => _event.Value;

    /// <summary>
    /// A command option's value: the command line's, else the action input of the same name, else null
    /// (an empty input counts as not given).
    /// </summary>
    public string? GetOption(string name)
    {
        var option = Definition(name);
        if (_commandLine.GetValue(option) is { } fromCommandLine)
        {
            return fromCommandLine;
        }

        var fromInput = Runtime.GetInput(name);
        return fromInput.Length > 0 ? fromInput : null;
    }

    /// <summary>The option's value, or a <see cref="UsageException"/> naming the option and its input.</summary>
    public string RequireOption(string name)
    {
        var option = Definition(name);
        return GetOption(name)
            ?? throw new UsageException($"Command '{CommandName}' needs {option.Name} {option.HelpName} (or the input '{name}').", CommandName);
    }

    /// <summary><c>GITHUB_WORKSPACE</c>, or the current directory outside Actions.</summary>
    public static string WorkspaceOf(IReadOnlyDictionary<string, string?> environment) =>
        environment.GetValueOrDefault("GITHUB_WORKSPACE")?.Trim() is { Length: > 0 } workspace ? workspace : Directory.GetCurrentDirectory();

    private Option<string> Definition(string name) =>
        _command.Options.FirstOrDefault(option => string.Equals(option.Name, "--" + name, StringComparison.Ordinal))
        ?? throw new ArgumentException($"Command '{CommandName}' has no option '--{name}'.", nameof(name));
}
