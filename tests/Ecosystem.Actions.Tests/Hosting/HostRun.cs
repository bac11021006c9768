using Ecosystem.Actions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.Actions.Tests.Hosting;

/// <summary>Runs the program in-process with a given environment and captures what it writes.</summary>
public sealed class HostRun
{
    public HostRun()
    {
        // Every run loads the configuration from the workspace first; an empty checkout means defaults.
        Workspace = Directory.CreateTempSubdirectory("ecosystem-host-").FullName;
        Environment["GITHUB_WORKSPACE"] = Workspace;
    }

    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    public string Workspace { get; }

    /// <summary>Writes a file into the workspace, e.g. a configuration file.</summary>
    public HostRun WithFile(string relativePath, string content)
    {
        var path = Path.Combine(Workspace, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public StringWriter Stdout { get; } = new();

    public StringWriter Stderr { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    public Func<HttpMessageHandler>? HttpMessageHandlerFactory { get; set; }

    public HostEnvironment Host => new(Environment, Stdout, Stderr, Time, HttpMessageHandlerFactory);

    /// <summary>Runs the program with one command, as <c>Program.cs</c> does: its preparation started first.</summary>
    public Task<int> RunAsync(ICommand command, params string[] args)
    {
        var catalog = new CommandCatalog([command]);
        ProgramHost.Prepare(args, catalog);
        return ProgramHost.RunAsync(args, Host, catalog);
    }

    public Task<int> RunAsync(ICommand command, CancellationToken cancellationToken, params string[] args) =>
        ProgramHost.RunAsync(args, Host, new CommandCatalog([command]), cancellationToken);

    public Task<int> RunDefaultAsync(params string[] args) => ProgramHost.RunAsync(args, Host);

    public IReadOnlyList<string> StdoutLines => Stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
