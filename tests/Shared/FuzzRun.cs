using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Ecosystem.Tests.Proof;

/// <summary>
/// One fuzz run: a seeded <see cref="Random"/>, an input budget and a watchdog for an input that never returns. The count and seed come
/// from <c>ECOSYSTEM_FUZZ_ITERATIONS</c> and <c>ECOSYSTEM_FUZZ_SEED</c> for longer local runs; any failure names the
/// seed and input number and saves the input to a file, so it can be replayed. Shared by the test projects (linked
/// from <c>tests/Shared</c>).
/// </summary>
internal sealed class FuzzRun : IDisposable
{
    public const int DefaultSeed = 20_261_127;

    /// <summary>An input still running after this never returns: the process ends rather than CI waiting for ever.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    private readonly string _name;

    // A watchdog, armed for each input: an input that never returns cannot be failed by the test thread it blocks, so
    // the watchdog saves it and ends the test process with the seed (found needed when a YAML scanner looped forever).
    private readonly Timer _watchdog;
    private volatile string? _current;

    private FuzzRun(string name, int iterations, int seed)
    {
        _name = name;
        Iterations = iterations;
        Seed = seed;
        Random = new Random(seed);
        _watchdog = new Timer(_ => Hung());
    }

    public int Iterations { get; }

    public int Seed { get; }

    public Random Random { get; }

    /// <summary>Inputs actually run, so a test can assert it did not silently do less.</summary>
    public int Count { get; private set; }

    public TimeSpan Slowest { get; private set; }

    /// <summary>Time spent inside checks, generation excluded.</summary>
    public TimeSpan Checking { get; private set; }

    public static FuzzRun FromEnvironment(string name, int defaultIterations)
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("ECOSYSTEM_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : defaultIterations;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("ECOSYSTEM_FUZZ_SEED"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s)
            ? s
            : DefaultSeed;
        return new FuzzRun(name, iterations, seed);
    }

    /// <summary>Runs <paramref name="check"/> on <paramref name="input"/>; an exception or a failed assertion fails with the seed.</summary>
    public void Check<T>(T input, Func<T, string> describe, Action<T> check)
    {
        _current = null;
        var watch = Stopwatch.StartNew();
        _watchdog.Change(HangLimit, Timeout.InfiniteTimeSpan);
        try
        {
            _current = describe(input);
            check(input);
        }
        catch (Exception e) when (e is not AssertFailedException)
        {
            Fail(describe(input), $"threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
        catch (AssertFailedException e)
        {
            Fail(describe(input), e.Message);
        }

        _watchdog.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        watch.Stop();
        Count++;
        Checking += watch.Elapsed;
        if (watch.Elapsed > Slowest)
        {
            Slowest = watch.Elapsed;
        }
    }

    /// <summary>Fails unless every requested input ran (the default budget, or the environment's).</summary>
    public void AssertFullBudget()
    {
        var summary = $"{_name}: {Count} inputs, seed {Seed}, {Checking.TotalSeconds:F1} s checking, slowest {Slowest.TotalMilliseconds:F0} ms";
        Console.WriteLine(summary);
        Assert.IsGreaterThanOrEqualTo(Iterations, Count, $"{summary}; fewer than the {Iterations} asked for.");
    }

    public void Dispose() => _watchdog.Dispose();

    private void Fail(string input, string what) => Assert.Fail(Report(input, what));

    private void Hung()
    {
        var report = Report(_current ?? "(the input could not be described)", $"ran for more than {HangLimit.TotalSeconds:F0} s and never returned (a hang)");
        Console.Error.WriteLine(report);
        Environment.FailFast(report);
    }

    private string Report(string input, string what)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ecosystem-fuzz-{_name}-{Seed}-{Count}.txt");
        File.WriteAllText(file, input, new UTF8Encoding(false));
        return $"{_name}: input {Count} (ECOSYSTEM_FUZZ_SEED={Seed}, ECOSYSTEM_FUZZ_ITERATIONS={Iterations}) {what}\n"
            + $"Input ({input.Length} chars) saved to {file}; it starts: {Preview(input)}";
    }

    private static string Preview(string text)
    {
        var head = text.Length > 300 ? text[..300] : text;
        var sb = new StringBuilder();
        foreach (var c in head)
        {
            sb.Append(char.IsControl(c) || char.IsSurrogate(c) || c > '\u007e' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return sb.ToString();
    }
}
