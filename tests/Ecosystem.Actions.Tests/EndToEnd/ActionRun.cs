using System.Text.Json;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Tests.Packaging;
using Ecosystem.Actions.Tests.Runtime;
using Ecosystem.GitHub.Http;
using Ecosystem.TestServer;
using Ecosystem.TestServer.Rest;

namespace Ecosystem.Actions.Tests.EndToEnd;

/// <summary>
/// Runs the real program in-process, as the runner would start it in the container: inputs as
/// <c>INPUT_*</c>, the event payload in a file named by <c>GITHUB_EVENT_PATH</c>, outputs and summary in runner
/// files, and every GitHub call over real HTTP to the <see cref="TestGitHubServer"/> on loopback.
/// </summary>
public sealed class ActionRun : IDisposable
{
    public const string Token = "ghs_test_token_0123456789abcdef";

    private readonly TestGitHubServer _server;
    private readonly string _repository;
    private readonly string _directory;
    private int _steps;

    public ActionRun(TestGitHubServer server, TimeProvider time, string repository = "pytorch-fdn/ecosystem")
    {
        _server = server;
        _repository = repository;
        Time = time;
        _directory = Directory.CreateTempSubdirectory("ecosystem-e2e-").FullName;
        Workspace = Directory.CreateDirectory(Path.Combine(_directory, "workspace")).FullName;
        Environment["GITHUB_ACTIONS"] = "true";
        Environment["GITHUB_REPOSITORY"] = repository;
        Environment["GITHUB_API_URL"] = server.ApiUri.ToString().TrimEnd('/');
        Environment["GITHUB_GRAPHQL_URL"] = server.GraphQLUri.ToString();
        Environment["GITHUB_SERVER_URL"] = "https://github.com";
        Environment["GITHUB_WORKSPACE"] = Workspace;
        Environment["INPUT_TOKEN"] = Token;
    }

    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    public TimeProvider Time { get; }

    /// <summary>Retry and timeout settings for the program's GitHub calls; null keeps the production ones.</summary>
    public GitHubResilienceOptions? GitHubResilience { get; set; }

    /// <summary>The clock the program's GitHub calls wait on; null uses <see cref="Time"/>.</summary>
    public TimeProvider? GitHubClock { get; set; }

    /// <summary>The commands the program knows; null is the real catalog.</summary>
    public CommandCatalog? Catalog { get; set; }

    /// <summary>
    /// A published program (the image's <c>/app/Ecosystem.Actions</c>) to start as its own process with the same
    /// environment, instead of running the program in-process; its output is all in <see cref="RunResult.Stdout"/>.
    /// The process keeps its own clock, catalog and retry settings.
    /// </summary>
    public string? Program { get; set; }

    /// <summary>The checkout: put <c>.github/ecosystem.yml</c> or the issue form here.</summary>
    public string Workspace { get; }

    /// <summary>Writes a file into the workspace (e.g. <c>.github/ecosystem.yml</c>).</summary>
    public ActionRun WithFile(string relativePath, string content)
    {
        var path = Path.Combine(Workspace, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public ActionRun WithInput(string name, string value)
    {
        Environment["INPUT_" + name.Replace(' ', '_').ToUpperInvariant()] = value;
        return this;
    }

    /// <summary>Runs <paramref name="args"/> for the event <paramref name="eventName"/> with <paramref name="payload"/>.</summary>
    public async Task<RunResult> RunAsync(string eventName, object payload, params string[] args)
    {
        var step = Directory.CreateDirectory(Path.Combine(_directory, "step-" + Interlocked.Increment(ref _steps))).FullName;
        var eventPath = Path.Combine(step, "event.json");
        await File.WriteAllTextAsync(eventPath, payload switch
        {
            string text => text,
            EventPayload webhook => webhook.Write(new WebhookPayloads(_server.State, _repository)).ToJsonString(),
            _ => JsonSerializer.Serialize(payload),
        });
        var outputPath = Path.Combine(step, "output");
        var summaryPath = Path.Combine(step, "summary");
        await File.WriteAllTextAsync(outputPath, string.Empty);
        await File.WriteAllTextAsync(summaryPath, string.Empty);

        var environment = new Dictionary<string, string?>(Environment, StringComparer.Ordinal)
        {
            ["GITHUB_EVENT_NAME"] = eventName,
            ["GITHUB_EVENT_PATH"] = eventPath,
            ["GITHUB_OUTPUT"] = outputPath,
            ["GITHUB_STEP_SUMMARY"] = summaryPath,
        };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var requestsBefore = _server.Requests.Count;
        int exitCode;
        if (Program is null)
        {
            var host = new HostEnvironment(environment, stdout, stderr, Time, GitHubResilience: GitHubResilience, GitHubClock: GitHubClock);
            exitCode = await ProgramHost.RunAsync(args, host, Catalog ?? CommandCatalog.Default);
        }
        else
        {
            var process = await ChildProcess.RunAsync(
                Program, args, Workspace, TimeSpan.FromMinutes(2), outsideActions: true,
                environment: environment.Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value!, StringComparer.Ordinal));
            exitCode = process.ExitCode;
            await stdout.WriteAsync(process.Output);
        }

        var outputs = RunnerFileCommandParser.Parse(await File.ReadAllTextAsync(outputPath))
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Last().Value, StringComparer.Ordinal);
        return new RunResult(
            exitCode,
            stdout.ToString(),
            stderr.ToString(),
            outputs,
            await File.ReadAllTextAsync(summaryPath),
            [.. _server.Requests.Skip(requestsBefore)]);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>The repository checkout this test runs from (the folder holding Ecosystem.slnx).</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ecosystem.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Ecosystem.slnx above {AppContext.BaseDirectory}.");
    }
}
