using System.Globalization;
using System.Text;
using Ecosystem.Benchmarks;

// Drives each command of the real program (a child process, as the container runs it) against the test GitHub
// server on loopback, for backlogs and comment counts of 10, 100 and 1,000, and prints one Markdown table.
var sizes = args.Length > 0 ? [.. args.Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : new[] { 10, 100, 1000 };
// The program as the image ships it: published with the Dockerfile's flags (ReadyToRun), and once without ReadyToRun
// to show what it buys at start-up.
var program = Publish.Program(readyToRun: true);
var withoutReadyToRun = Publish.Program(readyToRun: false);
var rows = new List<Measurement>();
foreach (var (label, dll) in Environment.GetEnvironmentVariable("BENCH_ONLY") is { Length: > 0 } ? [] : new[] { ("ReadyToRun", program), ("without ReadyToRun", withoutReadyToRun) })
{
    var startUp = await Bench.RunAsync(dll, Scenarios.All[0], sizes[0]);
    rows.Add(startUp with { Scenario = $"{startUp.Scenario} ({label})" });
}

foreach (var scenario in Scenarios.All.Where(s => Environment.GetEnvironmentVariable("BENCH_ONLY") is not { Length: > 0 } only || s.Command == only))
{
    foreach (var size in sizes)
    {
        var measurement = await Bench.RunAsync(program, scenario, size);
        Console.Error.WriteLine($"{scenario.Command} {scenario.Describe(size)}: {measurement.Requests} requests, {measurement.Wall.TotalMilliseconds:0} ms");
        rows.Add(measurement);
    }
}

var table = new StringBuilder();
table.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Machine.Describe()}.");
table.AppendLine();
table.AppendLine("| command | scenario | requests (reads / writes) | REST / GraphQL | lower bound | start-up to first request | wall time | peak memory (RSS) | exit |");
table.AppendLine("|---|---|---|---|---|---|---|---|---|");
foreach (var m in rows)
{
    table.AppendLine(CultureInfo.InvariantCulture,
        $"| `{m.Command}` | {m.Scenario} | {m.Requests} ({m.Reads} / {m.Writes}) | {m.Rest} / {m.GraphQL} | {m.LowerBound} | {m.StartUp.TotalMilliseconds:0} ms | {m.Wall.TotalMilliseconds:0} ms | {m.PeakRssMiB:0} MiB | {m.ExitCode} |");
}

Console.WriteLine(table);
return rows.All(r => r.ExitCode == 0) ? 0 : 1;
