using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Tests.Configuration;

namespace Ecosystem.Actions.Tests.Proof;

/// <summary>
/// Broken configuration files never crash the loader: every input comes back as options or as problems with key
/// paths. Each input loads a file through two YAML parsers (tens of ms), so CI runs 300; set
/// <c>ECOSYSTEM_FUZZ_ITERATIONS</c> (and <c>ECOSYSTEM_FUZZ_SEED</c> to replay) for a longer local run.
/// </summary>
[TestClass]
public sealed class ConfigurationFuzzTests
{
    private const int Target = 300;

    private static readonly string[] Fragments =
    [
        ":", "- ", "[", "]", "{", "}", "\"", "'", "#", "\t", "\n", "  ", "&a", "*a", "!!int", "? ", "|", ">", "%YAML 1.2\n---\n",
        "sessions:", "lead-days: -3", "batch:\n    max: 0", "recurrence: [\"0 9 * * TUE#9\"]", "time-zone: Mars/Olympus",
        "labels:\n  new: \"\"", "\u0000", "\uFEFF", "\uD800", "é", "🚀", "9999999999999999999999",
    ];

    [TestMethod]
    public void Mutated_configuration_files_give_options_or_problems_never_an_exception()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("ECOSYSTEM_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : Target;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("ECOSYSTEM_FUZZ_SEED"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : 20_261_127;
        var random = new Random(seed);
        var corpus = Directory.GetFiles(Path.Combine(ConfigurationWorkspace.RepositoryRoot, "tests", "Ecosystem.Actions.Tests", "Configuration", "Fixtures"), "*.yml")
            .Append(Path.Combine(ConfigurationWorkspace.RepositoryRoot, ".github", "ecosystem.yml"))
            .Select(File.ReadAllText)
            .ToList();
        using var workspace = new ConfigurationWorkspace();
        var path = Path.Combine(workspace.Root, EcosystemConfiguration.DefaultPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var slowest = TimeSpan.Zero;
        var failures = 0;
        var problems = 0;

        for (var i = 0; i < iterations; i++)
        {
            var yaml = Mutate(corpus[random.Next(corpus.Count)], random);
            File.WriteAllText(path, yaml, new UTF8Encoding(false));
            var watch = Stopwatch.StartNew();
            try
            {
                var result = EcosystemConfiguration.Load(null, new Dictionary<string, string?>(), [], workspace.Root);
                Assert.IsTrue(result.Succeeded || result.Problems.Count > 0, "a failed load names at least one problem");
                problems += result.Problems.Count;
            }
            catch (Exception exception) when (exception is not AssertFailedException)
            {
                failures++;
                Assert.Fail($"input {i} (ECOSYSTEM_FUZZ_SEED={seed}) threw {exception.GetType().Name}: {exception.Message}\n--- input:\n{yaml}");
            }

            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
        }

        Console.WriteLine($"configuration: {iterations} inputs, seed {seed}, {problems} problems reported, slowest {slowest.TotalMilliseconds:F0} ms");
        Assert.AreEqual(0, failures);
        // A hang guard, not a speed target.
        Assert.IsLessThan(TimeSpan.FromSeconds(10), slowest);
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var edits = random.Next(1, 6); edits > 0 && lines.Count > 0; edits--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[random.Next(lines.Count)]); break;
                case 2: lines[at] = Fragments[random.Next(Fragments.Length)] + lines[at]; break;
                case 3: lines[at] = lines[at] + Fragments[random.Next(Fragments.Length)]; break;
                case 4 when lines[at].Length > 0:
                    var chars = lines[at].ToCharArray();
                    chars[random.Next(chars.Length)] = (char)random.Next(0x20, 0x3000);
                    lines[at] = new string(chars);
                    break;
                default: lines[at] = new string(' ', random.Next(0, 9)) + lines[at].TrimStart(); break;
            }
        }

        return string.Join('\n', lines);
    }
}
