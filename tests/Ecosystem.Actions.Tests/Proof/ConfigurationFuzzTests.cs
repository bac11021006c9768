using System.Text;
using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Tests.Configuration;
using Ecosystem.Tests.Proof;

namespace Ecosystem.Actions.Tests.Proof;

/// <summary>
/// Broken configuration files never crash the loader: every input comes back as options or as problems with key
/// paths. An input costs under a millisecond once warm (one YAML parse and one walk over the keys), so CI runs 20,000; set
/// <c>ECOSYSTEM_FUZZ_ITERATIONS</c> (and <c>ECOSYSTEM_FUZZ_SEED</c> to replay) for a longer local run.
/// </summary>
[TestClass]
public sealed class ConfigurationFuzzTests
{
    private const int Target = 20_000;

    private static readonly string[] Fragments =
    [
        ":", "- ", "[", "]", "{", "}", "\"", "'", "#", "\t", "\n", "  ", "&a", "*a", "!!int", "? ", "|", ">", "%YAML 1.2\n---\n",
        "sessions:", "lead-days: -3", "batch:\n    max: 0", "recurrence: [\"0 9 * * TUE#9\"]", "time-zone: Mars/Olympus",
        "labels:\n  new: \"\"", "\u0000", "\uFEFF", "\uD800", "é", "🚀", "9999999999999999999999",
    ];

    [TestMethod]
    public void Mutated_configuration_files_give_options_or_problems_never_an_exception()
    {
        using var run = FuzzRun.FromEnvironment("configuration", Target);
        var corpus = Directory.GetFiles(Path.Combine(ConfigurationWorkspace.RepositoryRoot, "tests", "Ecosystem.Actions.Tests", "Configuration", "Fixtures"), "*.yml")
            .Append(Path.Combine(ConfigurationWorkspace.RepositoryRoot, ".github", "ecosystem.yml"))
            .Select(File.ReadAllText)
            .ToList();
        using var workspace = new ConfigurationWorkspace();
        var path = Path.Combine(workspace.Root, EcosystemConfiguration.DefaultPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var problems = 0;

        for (var i = 0; i < run.Iterations; i++)
        {
            var yaml = Mutate(corpus[run.Random.Next(corpus.Count)], run.Random);
            run.Check(yaml, y => y, y =>
            {
                File.WriteAllText(path, y, new UTF8Encoding(false));
                var result = EcosystemConfiguration.Load(null, new Dictionary<string, string?>(), [], workspace.Root);
                Assert.IsTrue(result.Succeeded || result.Problems.Count > 0, "a failed load names at least one problem");
                problems += result.Problems.Count;
            });
        }

        run.AssertFullBudget();
        Console.WriteLine($"configuration: {problems} problems reported");
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
