using System.CommandLine;
using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Text;

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
        catalog ??= CommandCatalog.Default;
        var runtime = new ActionsRuntime(host.Environment, host.Stdout);
        // Before anything else is printed: the runner must know the token is secret.
        var token = MaskToken(runtime, host.Environment);

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

        if (parse.Action is not null)
        {
            // --help and --version: System.CommandLine prints them.
            return await parse.InvokeAsync(new InvocationConfiguration { Output = host.Stdout, Error = host.Stderr }, cancellationToken);
        }

        if (commandLine.Selected(parse) is not { } command)
        {
            return Usage(host, runtime, "No command given.", commandLine.Help(null));
        }

        try
        {
            // The command line wins over the action inputs.
            var configPath = parse.GetValue(commandLine.Config) ?? NonEmpty(runtime.GetInput("config"));
            var dryRun = parse.GetValue(commandLine.DryRun) || (runtime.GetInput("dry-run").Length > 0 && runtime.GetBooleanInput("dry-run"));
            // Before any request to GitHub: a wrong configuration stops here, with every problem listed.
            var configuration = command.ReadsConfiguration
                ? LoadConfiguration(configPath, parse.GetValue(commandLine.Set) ?? [], host, runtime)
                : new EcosystemOptions();
            if (configuration is null)
            {
                return ExitCodes.Usage;
            }

            var context = new CommandContext(command, parse, runtime, host, configuration) { DryRun = dryRun, Token = token, Cancellation = cancellationToken };
            cancellationToken.ThrowIfCancellationRequested();
            var exitCode = await command.RunAsync(context);
            runtime.Summary.Write();
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
            return exception is SetupException ? ExitCodes.Usage : ExitCodes.Failure;
        }
    }

    /// <summary>
    /// Starts the preparation of the command the first argument names (<see cref="ICommand.Prepare"/>), if any, on a
    /// thread of its own: a run that never waits on anything never starts the thread pool. The run never waits for it.
    /// </summary>
    public static void Prepare(string[] args, CommandCatalog catalog)
    {
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

    /// <summary>The configuration at <paramref name="path"/> (default <c>.github/ecosystem.yml</c>) with each <c>--set key.path=value</c> in order on top.</summary>
    private static EcosystemOptions? LoadConfiguration(string? path, IReadOnlyList<string> overrides, HostEnvironment host, ActionsRuntime runtime)
    {
        var result = EcosystemConfiguration.Load(path, host.Environment, overrides, CommandContext.WorkspaceOf(host.Environment));
        if (result.Succeeded)
        {
            return result.Options;
        }

        foreach (var problem in result.Problems)
        {
            runtime.Error($"{problem}", new("Configuration", result.InFile(problem) ? result.AnnotationFile : null, problem.Line, problem.Column));
        }

        runtime.Error($"The configuration has {Counted.Of(result.Problems.Count, "problem")}; nothing was done. Fix {result.ToFix} and run again.");
        return null;
    }

    /// <summary>Input <c>token</c>, else <c>GITHUB_TOKEN</c>; null when neither is set. Both are masked.</summary>
    private static string? MaskToken(ActionsRuntime runtime, IReadOnlyDictionary<string, string?> environment)
    {
        var (fromInput, fromEnvironment) = (runtime.GetInput("token"), environment.GetValueOrDefault("GITHUB_TOKEN")?.Trim() ?? "");
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
