using System.CommandLine;
using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Runtime;

namespace Ecosystem.Actions.Hosting;

/// <summary>
/// The program: selects the command from the first argument, combines command line and inputs, runs it, and
/// turns its outcome into an exit code (0 success, 1 failure, 2 usage or setup, 130 cancelled).
/// </summary>
public static class ProgramHost
{
    // The commands default to CommandCatalog.Default; tests give their own.
    public static async Task<int> RunAsync(string[] args, HostEnvironment host, CommandCatalog? catalog = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(host);
        catalog ??= CommandCatalog.Default;
        var runtime = new ActionsRuntime(host.Environment, host.Stdout);
        // Before anything else is printed: the runner must know the token is secret.
        var token = MaskToken(runtime);

        var commandLine = new ProgramCommandLine(catalog, args);
        if (args.Length == 0)
        {
            return Usage(host, runtime, "No command given.", commandLine.Help(null));
        }

        var parse = commandLine.Parse(args);
        if (commandLine.Problem(parse) is { } problem)
        {
            return Usage(host, runtime, problem, commandLine.Help(parse));
        }

        if (commandLine.Selected(parse) is not { } command || parse.Action is not null)
        {
            // --help and --version: System.CommandLine prints them.
            return parse.Action is not null
                ? await parse.InvokeAsync(new InvocationConfiguration { Output = host.Stdout, Error = host.Stderr }, cancellationToken)
                : Usage(host, runtime, "No command given.", commandLine.Help(null));
        }

        try
        {
            var options = new CommonOptions(
                ConfigPath: parse.GetValue(commandLine.Config) ?? NonEmpty(runtime.GetInput("config")),
                DryRun: parse.GetValue(commandLine.DryRun) || (runtime.GetInput("dry-run").Length > 0 && runtime.GetBooleanInput("dry-run")),
                Overrides: parse.GetValue(commandLine.Set) ?? [],
                Token: token);
            // Before any request to GitHub: a wrong configuration stops here, with every problem listed.
            var configuration = command.ReadsConfiguration ? LoadConfiguration(options, host, runtime) : new EcosystemOptions();
            if (configuration is null)
            {
                return ExitCodes.Usage;
            }

            var context = new CommandContext(command, parse, options, runtime, host, configuration) { Cancellation = cancellationToken };

            cancellationToken.ThrowIfCancellationRequested();
            var exitCode = await command.RunAsync(context, cancellationToken);
            if (!runtime.Summary.IsEmpty)
            {
                runtime.Summary.Write();
            }

            return exitCode;
        }
        catch (UsageException exception)
        {
            return Usage(host, runtime, exception.Message, commandLine.Help(parse));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            runtime.Error($"`{command.Name}` was cancelled before it finished. What it changed so far stays; running it again completes the rest.");
            return ExitCodes.Cancelled;
        }
        catch (Exception exception)
        {
            runtime.Error(exception.Message);
            if (runtime.IsDebug)
            {
                runtime.Debug(exception.ToString());
            }

            // Set up wrongly rather than failed: nothing was attempted.
            return exception is InputException or EventContextException ? ExitCodes.Usage : ExitCodes.Failure;
        }
    }

    /// <summary>
    /// Starts the preparation of the command the first argument names (<see cref="ICommand.Prepare"/>), if any, on a
    /// thread of its own: a run that never waits on anything never starts the thread pool. The run never waits for it.
    /// </summary>
    public static void Prepare(string[] args, CommandCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(catalog);
        if (args is [var name, ..] && catalog.Find(name) is { } named)
        {
            new Thread(() =>
            {
                try
                {
                    named.Prepare();
                }
                catch (Exception)
                {
                    // Preparation only runs ahead; the run meets the same failure where the work is needed, and reports it there.
                }
            }) { IsBackground = true, Name = "prepare" }.Start();
        }
    }

    private static EcosystemOptions? LoadConfiguration(CommonOptions options, HostEnvironment host, ActionsRuntime runtime)
    {
        var workspace = CommandContext.WorkspaceOf(host.Environment);
        var result = EcosystemConfiguration.Load(options.ConfigPath, host.Environment, options.Overrides, workspace);
        if (result.Succeeded)
        {
            return result.Options;
        }

        // Annotations name the file relative to the checkout, as GitHub shows it.
        var file = result.FilePath is { } read ? Path.GetRelativePath(workspace, read) : options.ConfigPath ?? EcosystemConfiguration.DefaultPath;
        foreach (var problem in result.Problems)
        {
            runtime.Error(problem.ToString(), new AnnotationProperties(Title: "Configuration", File: file));
        }

        runtime.Error($"The configuration has {result.Problems.Count} problem(s); nothing was done. Fix {file} and run again.");
        return null;
    }

    private static string? MaskToken(ActionsRuntime runtime)
    {
        var (fromInput, fromEnvironment) = (runtime.GetInput("token"), runtime.Environment.GetValueOrDefault("GITHUB_TOKEN")?.Trim() ?? "");
        runtime.SetSecret(fromInput);
        runtime.SetSecret(fromEnvironment);
        return NonEmpty(fromInput) ?? NonEmpty(fromEnvironment);
    }

    private static int Usage(HostEnvironment host, ActionsRuntime runtime, string message, string help)
    {
        host.Stderr.Write(runtime.Printable($"error: {message}\n\n{help}"));
        return ExitCodes.Usage;
    }

    private static string? NonEmpty(string value) => value.Length > 0 ? value : null;
}
