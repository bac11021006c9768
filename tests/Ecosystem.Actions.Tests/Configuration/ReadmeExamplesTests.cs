using System.Text.RegularExpressions;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Actions.Tests.Hosting;

namespace Ecosystem.Actions.Tests.Configuration;

/// <summary>
/// The README's configuration examples, as an adopter copies them: every YAML block loads, every value given on the
/// command line or in the environment is taken as written, and the problems it shows are the program's own words.
/// </summary>
[TestClass]
public sealed partial class ReadmeExamplesTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(ConfigurationWorkspace.RepositoryRoot, "README.md"));

    /// <summary>The section "Where values come from", where the sources of a value are shown.</summary>
    private static string Sources => Section("### Where values come from");

    [TestMethod]
    public void Every_yaml_block_of_the_README_loads_without_problems()
    {
        var blocks = YamlBlock().Matches(Readme).Select(match => match.Groups["yaml"].Value).ToList();

        Assert.IsGreaterThanOrEqualTo(2, blocks.Count, "the example and the account switch");
        foreach (var yaml in blocks)
        {
            ConfigurationWorkspace.LoadValid(yaml);
        }
    }

    /// <summary>
    /// The README once showed overrides as bare key paths (<c>sessions.batch.max=12</c>) without the option that takes
    /// them: written so on the command line, the program refused the run ("Unrecognized command or argument").
    /// </summary>
    [TestMethod]
    public async Task Every_override_the_README_shows_runs_as_written_on_the_command_line()
    {
        var overrides = CodeSpan().Matches(Sources).Select(match => match.Groups["code"].Value)
            .Where(code => code.StartsWith("--set ", StringComparison.Ordinal)).ToList();

        Assert.IsGreaterThanOrEqualTo(4, overrides.Count, "the README shows overrides as the option that takes them: " + Sources);
        foreach (var option in overrides)
        {
            var run = new HostRun().WithFile(World.FormPath, World.Form);

            var exitCode = await run.RunDefaultAsync(
                "validate", "--body-file", World.BodyPath("complete"), "--set", option["--set ".Length..].Trim('\''));

            Assert.AreEqual(0, exitCode, $"`{option}`: {run.Stderr}");
        }
    }

    [TestMethod]
    public async Task Every_environment_variable_the_README_shows_is_taken_as_written()
    {
        var variables = CodeSpan().Matches(Sources).Select(match => match.Groups["code"].Value)
            .Where(code => code.StartsWith("ECOSYSTEM_", StringComparison.Ordinal) && code.Contains('=', StringComparison.Ordinal)).ToList();

        Assert.IsGreaterThanOrEqualTo(3, variables.Count);
        foreach (var variable in variables)
        {
            var run = new HostRun().WithFile(World.FormPath, World.Form);
            var equals = variable.IndexOf('=', StringComparison.Ordinal);
            run.Environment[variable[..equals]] = variable[(equals + 1)..];

            Assert.AreEqual(0, await run.RunDefaultAsync("validate", "--body-file", World.BodyPath("complete")), $"`{variable}`: {run.Stderr}");
        }
    }

    [TestMethod]
    public void The_problems_the_README_shows_are_the_program_s_own_words()
    {
        var shown = Section("### Problems").Split("```text\n")[1].Split("```")[0].Split('\n', StringSplitOptions.RemoveEmptyEntries);

        string[] given =
        [
            .. ConfigurationWorkspace.Problems("sesions:\n  lead-days: 3\n"),
            .. ConfigurationWorkspace.Problems("sessions:\n  lead-days: two\n  batch:\n    min: 7\n    max: 5\n"),
            .. ConfigurationWorkspace.Problems("", new Dictionary<string, string?> { ["ECOSYSTEM_VOTING__QUORUM"] = "-1" }),
            .. ConfigurationWorkspace.Problems("sessions:\n  lead-days: 14\n  time-zone: \"UTC\n"),
        ];

        CollectionAssert.AreEqual(shown, given);
    }

    /// <summary>
    /// Step 1 ran the program from <c>path/to/ecosystem-actions</c>, a clone the README never made: an adopter following it
    /// word for word had no program to run. The step clones the release it adopts, then runs init from that clone.
    /// </summary>
    [TestMethod]
    public void Adoption_step_1_clones_the_program_it_then_runs()
    {
        var step = Section("## Adopt it in your repository", "\n2. ");
        var commands = step.Split("```bash\n")[1].Split("```")[0].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        Assert.HasCount(2, commands, step);
        var clone = commands[0].Split(' ');
        CollectionAssert.AreEqual(new[] { "git", "clone" }, clone[..2], commands[0]);
        Assert.AreEqual("https://github.com/pytorch-fdn/ecosystem-actions", clone[^2], "the repository, then the folder it is cloned into");
        Assert.AreEqual($"dotnet run --project {clone[^1]}/src/Ecosystem.Actions -- init --output .", commands[1]);
        Assert.IsTrue(File.Exists(Path.Combine(ConfigurationWorkspace.RepositoryRoot, "src", "Ecosystem.Actions", "Ecosystem.Actions.csproj")));
    }

    private static string Section(string heading, string next = "\n### ")
    {
        var start = Readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, start, heading);
        var end = Readme.IndexOf(next, start + heading.Length + 2, StringComparison.Ordinal);
        return Readme[start..end];
    }

    [GeneratedRegex(@"^```yaml\n(?<yaml>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex YamlBlock();

    [GeneratedRegex(@"`(?<code>[^`\n]+)`")]
    private static partial Regex CodeSpan();
}
