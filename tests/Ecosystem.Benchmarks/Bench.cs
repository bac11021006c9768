using System.Diagnostics;
using System.Globalization;
using Ecosystem.TestServer;
using Ecosystem.TestServer.State;

namespace Ecosystem.Benchmarks;

internal static class Bench
{
    /// <summary>Seeds a fresh server, runs the program once as a child process, and measures it.</summary>
    public static async Task<Measurement> RunAsync(string program, Scenario scenario, int size)
    {
        var now = DateTimeOffset.UtcNow;
        var state = new GitHubState();
        var invocation = scenario.Seed(state, size, now);
        await using var server = new TestGitHubServer(state);
        await server.StartAsync();

        var directory = Directory.CreateTempSubdirectory("ecosystem-bench-").FullName;
        try
        {
            var workspace = Directory.CreateDirectory(Path.Combine(directory, "workspace")).FullName;
            Directory.CreateDirectory(Path.Combine(workspace, ".github", "ISSUE_TEMPLATE"));
            File.Copy(Path.Combine(Scenarios.RepositoryRoot(), ".github", "ISSUE_TEMPLATE", "application.yml"), Path.Combine(workspace, ".github", "ISSUE_TEMPLATE", "application.yml"));
            // Package-index look-ups go to the test server: a benchmark never reaches for pypi.org or anaconda.org.
            await File.WriteAllTextAsync(Path.Combine(workspace, ".github", "ecosystem.yml"), invocation.Configuration +
                $"requirements:\n  package-indexes:\n    pypi: \"{server.BaseUri}\"\n    conda: \"{server.BaseUri}conda/\"\n");
            var eventPath = Path.Combine(directory, "event.json");
            await File.WriteAllTextAsync(eventPath, invocation.Payload);
            await File.WriteAllTextAsync(Path.Combine(directory, "output"), string.Empty);
            await File.WriteAllTextAsync(Path.Combine(directory, "summary"), string.Empty);

            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in invocation.Arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["GITHUB_ACTIONS"] = "true";
            start.Environment["GITHUB_EVENT_NAME"] = invocation.EventName;
            start.Environment["GITHUB_EVENT_PATH"] = eventPath;
            start.Environment["GITHUB_REPOSITORY"] = "pytorch-fdn/ecosystem";
            start.Environment["GITHUB_API_URL"] = server.ApiUri.ToString().TrimEnd('/');
            start.Environment["GITHUB_GRAPHQL_URL"] = server.GraphQLUri.ToString();
            start.Environment["GITHUB_WORKSPACE"] = workspace;
            start.Environment["GITHUB_OUTPUT"] = Path.Combine(directory, "output");
            start.Environment["GITHUB_STEP_SUMMARY"] = Path.Combine(directory, "summary");
            start.Environment["INPUT_TOKEN"] = "ghs_benchmark";

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            TimeSpan? firstRequest = null;
            double peakKiB = 0;
            while (!process.HasExited)
            {
                if (firstRequest is null && server.Requests.Count > 0)
                {
                    firstRequest = clock.Elapsed;
                }

                peakKiB = Math.Max(peakKiB, PeakRssKiB(process.Id));
                await Task.Delay(2);
            }

            await process.WaitForExitAsync();
            var wall = clock.Elapsed;
            if (process.ExitCode != 0 || Environment.GetEnvironmentVariable("BENCH_VERBOSE") == "1")
            {
                await Console.Error.WriteLineAsync($"{scenario.Command} exited {process.ExitCode}:\n{await stdout}\n{await stderr}");
            }

            var requests = server.Requests;
            if (Environment.GetEnvironmentVariable("BENCH_VERBOSE") == "1")
            {
                foreach (var request in requests)
                {
                    await Console.Error.WriteLineAsync($"  {request.Method} {request.Path}{request.QueryString} -> {request.Status} {request.GraphQLOperation}");
                }
            }

            return new Measurement(
                scenario.Command,
                scenario.Describe(size),
                requests.Count,
                requests.Count(r => !r.IsWrite),
                requests.Count(r => r.IsWrite),
                requests.Count(r => !r.IsGraphQL),
                requests.Count(r => r.IsGraphQL),
                scenario.LowerBound(size),
                firstRequest ?? wall,
                wall,
                peakKiB / 1024,
                process.ExitCode);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // VmHWM: the process's peak resident set so far; sampled until exit, the last reading is the peak.
    private static double PeakRssKiB(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line.Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
