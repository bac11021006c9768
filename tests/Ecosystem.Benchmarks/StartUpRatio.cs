using System.Diagnostics;
using System.Globalization;

namespace Ecosystem.Benchmarks;

/// <summary>
/// The README's quick start, offline <c>validate</c> of one body, as the image ships the program, against GitHub's own
/// Node parser (<c>@github/issue-parser</c>'s <c>parseIssue(body, template)</c>) on the same body and form: whole
/// processes, started in turn (program, Node, program, Node…) so that both see the same machine, and the medians compared.
/// </summary>
internal static class StartUpRatio
{
    private const string BodyPath = "tests/Ecosystem.Domain.Tests/Intake/Bodies/complete.md";
    private const string FormPath = ".github/ISSUE_TEMPLATE/application.yml";

    public static async Task<string> MeasureAsync(string program, int starts)
    {
        var root = Scenarios.RepositoryRoot();
        var command = new[] { program, "validate", "--body-file", BodyPath };
        var node = new[] { "node", Path.Combine("tests", "tooling", "issue-parser-one.mjs"), BodyPath, FormPath };
        List<TimeSpan> programTimes = [];
        List<TimeSpan> nodeTimes = [];
        for (var i = 0; i < starts; i++)
        {
            programTimes.Add(await TimeAsync(command, root));
            nodeTimes.Add(await TimeAsync(node, root));
        }

        var ours = Median(programTimes);
        var theirs = Median(nodeTimes);
        return string.Create(CultureInfo.InvariantCulture,
            $"| offline `validate` of one body (self-contained composite ReadyToRun, as the image ships it) vs `@github/issue-parser` in Node, medians of {starts} interleaved starts | {ours.TotalMilliseconds:0} ms | {theirs.TotalMilliseconds:0} ms | {ours / theirs:0.00}× |");
    }

    private static async Task<TimeSpan> TimeAsync(string[] command, string workingDirectory)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        // Offline, as a person runs it: no runner, no inputs, no configuration overrides from the benchmark's own run.
        foreach (var name in start.Environment.Keys.Where(IsActionsVariable).ToList())
        {
            start.Environment.Remove(name);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var elapsed = clock.Elapsed;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', command)} exited {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }

        return elapsed;
    }

    private static bool IsActionsVariable(string name) =>
        name.StartsWith("GITHUB_", StringComparison.Ordinal) || name.StartsWith("INPUT_", StringComparison.Ordinal)
        || name.StartsWith("ECOSYSTEM_", StringComparison.Ordinal) || name is "RUNNER_DEBUG";

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);
}
