using System.Globalization;
using System.Text;
using Ecosystem.Benchmarks;

// Drives each command of the real program (a child process, as the container runs it) against the test GitHub
// server on loopback, for backlogs and comment counts of 10, 100 and 1,000, and prints one Markdown table.
var sizes = args.Length > 0 ? [.. args.Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : new[] { 10, 100, 1000 };
// The program as the image ships it: published with the Dockerfile's flags (ReadyToRun), and once without ReadyToRun
// to show what it buys at start-up.
// BENCH_ONLY=<command> measures that command's scenarios alone; BENCH_ONLY=ratio the start-up ratio alone.
var only = Environment.GetEnvironmentVariable("BENCH_ONLY");
var program = Publish.Program(readyToRun: true);
var rows = new List<Measurement>();
// One start of each is noise on a shared machine: the two builds start in turn, and each row gives the medians.
const int Starts = 11;
(string, string)[] builds = only is { Length: > 0 } ? [] : [("ReadyToRun", program), ("without ReadyToRun", Publish.Program(readyToRun: false))];
var starts = builds.ToDictionary(build => build.Item1, _ => new List<Measurement>());
for (var i = 0; i < (builds.Length == 0 ? 0 : Starts); i++)
{
    foreach (var (label, build) in builds)
    {
        starts[label].Add(await Bench.RunAsync(build, Scenarios.All[0], sizes[0]));
    }
}

foreach (var (label, measurements) in starts.Where(pair => pair.Value.Count > 0))
{
    var median = measurements.OrderBy(m => m.StartUp).ElementAt(measurements.Count / 2);
    var wall = measurements.Select(m => m.Wall).Order().ElementAt(measurements.Count / 2);
    rows.Add(median with { Scenario = $"{median.Scenario} ({label}, median of {measurements.Count} starts)", Wall = wall });
}

// Start-up against GitHub's own Node parser on the same body.
var ratio = only is not { Length: > 0 } or "ratio" ? await StartUpRatio.MeasureAsync(program, Starts) : null;

foreach (var scenario in Scenarios.All.Where(s => only is not { Length: > 0 } || s.Command == only))
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
if (rows.Count > 0)
{
    table.AppendLine();
    table.AppendLine("| command | scenario | requests (reads / writes) | REST / GraphQL | lower bound | start-up to first request | wall time | peak memory (RSS) | exit |");
    table.AppendLine("|---|---|---|---|---|---|---|---|---|");
    foreach (var m in rows)
    {
        table.AppendLine(CultureInfo.InvariantCulture,
            $"| `{m.Command}` | {m.Scenario} | {m.Requests} ({m.Reads} / {m.Writes}) | {m.Rest} / {m.GraphQL} | {m.LowerBound} | {m.StartUp.TotalMilliseconds:0} ms | {m.Wall.TotalMilliseconds:0} ms | {m.PeakRssMiB:0} MiB | {m.ExitCode} |");
    }
}

if (ratio is not null)
{
    table.AppendLine();
    table.AppendLine("| start-up | the program | GitHub's Node parser | ratio |");
    table.AppendLine("|---|---|---|---|");
    table.AppendLine(ratio);
}

Console.WriteLine(table);
return rows.All(r => r.ExitCode == 0) ? 0 : 1;
