using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Ecosystem.Domain.Tests.Proof;

/// <summary>
/// One fuzz run: a seeded <see cref="Random"/>, an input budget and a per-input time bound. The count and seed come
/// from <c>ECOSYSTEM_FUZZ_ITERATIONS</c> and <c>ECOSYSTEM_FUZZ_SEED</c> for longer local runs; any failure names the
/// seed and input number and saves the input to a file, so it can be replayed.
/// </summary>
internal sealed class FuzzRun
{
    public const int DefaultSeed = 20_261_127;

    /// <summary>A single input slower than this is a hang (catastrophic backtracking, quadratic loop).</summary>
    // A hang guard, not a speed target: generous so a loaded CI machine never trips it (speed is benchmarked).
    public static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(10);

    private readonly string _name;

    private FuzzRun(string name, int iterations, int seed)
    {
        _name = name;
        Iterations = iterations;
        Seed = seed;
        Random = new Random(seed);
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

    /// <summary>Runs <paramref name="check"/> on <paramref name="input"/>; an exception or a slow input fails with the seed.</summary>
    public void Check<T>(T input, Func<T, string> describe, Action<T> check)
    {
        var watch = Stopwatch.StartNew();
        try
        {
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

        watch.Stop();
        Count++;
        Checking += watch.Elapsed;
        if (watch.Elapsed > Slowest)
        {
            Slowest = watch.Elapsed;
        }

        if (watch.Elapsed > PerInputLimit)
        {
            Fail(describe(input), $"took {watch.Elapsed.TotalMilliseconds:F0} ms (limit {PerInputLimit.TotalMilliseconds:F0} ms)");
        }
    }

    /// <summary>Fails unless every requested input ran (the default budget, or the environment's).</summary>
    public void AssertFullBudget()
    {
        var summary = $"{_name}: {Count} inputs, seed {Seed}, {Checking.TotalSeconds:F1} s checking, slowest {Slowest.TotalMilliseconds:F0} ms";
        Console.WriteLine(summary);
        Assert.IsGreaterThanOrEqualTo(Iterations, Count, $"{summary}; fewer than the {Iterations} asked for.");
    }

    private void Fail(string input, string what)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ecosystem-fuzz-{_name}-{Seed}-{Count}.txt");
        File.WriteAllText(file, input, new UTF8Encoding(false));
        Assert.Fail($"{_name}: input {Count} (ECOSYSTEM_FUZZ_SEED={Seed}, ECOSYSTEM_FUZZ_ITERATIONS={Iterations}) {what}\n"
            + $"Input ({input.Length} chars) saved to {file}; it starts: {Preview(input)}");
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
