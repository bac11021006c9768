using System.Text.Json;
using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Tests.Hosting;
using Ecosystem.Actions.Tests.Packaging;
using YamlDotNet.RepresentationModel;

namespace Ecosystem.Actions.Tests.Commands;

/// <summary><c>init</c>: one step from an empty repository to a working set-up, and never a file overwritten.</summary>
[TestClass]
public sealed class InitCommandTests
{
    private static readonly string[] Written = [".github/workflows/ecosystem.yml", ".github/ecosystem.yml", ".github/ISSUE_TEMPLATE/application.yml"];

    [TestMethod]
    public async Task Init_into_an_empty_folder_writes_the_workflow_the_configuration_and_the_form()
    {
        var run = new HostRun();

        var exitCode = await run.RunDefaultAsync("init", "--output", "adopter");

        Assert.AreEqual(0, exitCode, run.Stdout.ToString());
        var root = Path.Combine(run.Workspace, "adopter");
        foreach (var path in Written)
        {
            Assert.IsTrue(File.Exists(Path.Combine(root, path)), $"init did not write {path}.");
            CollectionAssert.Contains(run.StdoutLines.ToList(), $"wrote {path}");
        }

        CollectionAssert.Contains(run.StdoutLines.ToList(), $"output written = {JsonSerializer.Serialize(Written)}");
        CollectionAssert.Contains(run.StdoutLines.ToList(), "output skipped = []");
    }

    /// <summary>
    /// GitHub puts a form's preset label on a new issue only when the repository has that label, and a fresh repository has
    /// no 'New': without it no application would ever join the queue.
    /// </summary>
    [TestMethod]
    public async Task Init_says_to_create_the_label_the_form_presets()
    {
        var run = new HostRun();

        Assert.AreEqual(0, await run.RunDefaultAsync("init"));

        StringAssert.Contains(run.Stdout.ToString(), "create the label 'New' in the repository");
        // Left as written, the foundation's names are PyTorch's: the comments said "PyTorch Foundation staff" to its applicants.
        StringAssert.Contains(run.Stdout.ToString(), "Next: edit .github/ecosystem.yml (foundation, board, sessions, people)");
    }

    [TestMethod]
    [DataRow(".github")]
    [DataRow(".github/workflows")]
    [DataRow(".github/ISSUE_TEMPLATE")]
    public async Task A_file_where_a_folder_must_go_is_named_and_exits_2_before_anything_is_written(string folder)
    {
        var run = new HostRun().WithFile(folder, "not a folder\n");

        Assert.AreEqual(2, await run.RunDefaultAsync("init"), run.Stdout.ToString());

        StringAssert.Contains(run.Stderr.ToString(), $"{Path.Combine(run.Workspace, folder)} is a file where init writes a folder");
        Assert.AreEqual("not a folder\n", File.ReadAllText(Path.Combine(run.Workspace, folder)));
        Assert.IsFalse(File.Exists(Path.Combine(run.Workspace, ".github", "ecosystem.yml")), "nothing is written before the refusal");
    }

    [TestMethod]
    public async Task Second_init_writes_nothing_and_lists_the_skipped_files()
    {
        var run = new HostRun();
        Assert.AreEqual(0, await run.RunDefaultAsync("init"));
        var root = run.Workspace;
        File.AppendAllText(Path.Combine(root, ".github", "ecosystem.yml"), "# edited by the foundation\n");
        var before = Written.ToDictionary(path => path, path => File.ReadAllText(Path.Combine(root, path)));
        var second = new HostRun();
        second.Environment["GITHUB_WORKSPACE"] = root;

        var exitCode = await second.RunDefaultAsync("init");

        Assert.AreEqual(0, exitCode, second.Stdout.ToString());
        foreach (var path in Written)
        {
            Assert.AreEqual(before[path], File.ReadAllText(Path.Combine(root, path)), $"init changed {path}.");
            CollectionAssert.Contains(second.StdoutLines.ToList(), $"skipped {path}: it exists and is left as it is");
        }

        CollectionAssert.Contains(second.StdoutLines.ToList(), "output written = []");
        CollectionAssert.Contains(second.StdoutLines.ToList(), $"output skipped = {JsonSerializer.Serialize(Written)}");
    }

    /// <summary>
    /// An init stopped while writing leaves the start of a file: the configuration's start loads as all defaults past the cut.
    /// A rerun skipped it without a word, as it skips any file; it names it now, and still never overwrites it.
    /// </summary>
    [TestMethod]
    public async Task A_file_an_interrupted_init_left_half_written_is_named_by_the_next_init_and_kept()
    {
        var run = new HostRun();
        Assert.AreEqual(0, await run.RunDefaultAsync("init"));
        var configuration = Path.Combine(run.Workspace, ".github", "ecosystem.yml");
        var start = File.ReadAllText(configuration)[..1500];
        File.WriteAllText(configuration, start);
        var second = new HostRun();
        second.Environment["GITHUB_WORKSPACE"] = run.Workspace;

        Assert.AreEqual(0, await second.RunDefaultAsync("init"), second.Stdout.ToString());

        CollectionAssert.Contains(second.StdoutLines.ToList(), "skipped .github/ecosystem.yml: it is only the start of the file init writes, "
            + "as an init stopped while writing leaves it; delete it and run init again.");
        Assert.AreEqual(start, File.ReadAllText(configuration));
    }

    /// <summary>A foundation previews what init would add to its own .github folder before letting it write.</summary>
    [TestMethod]
    public async Task Init_with_dry_run_lists_what_it_would_write_and_writes_nothing()
    {
        var run = new HostRun().WithFile(".github/ecosystem.yml", "# the foundation's own\n");

        Assert.AreEqual(0, await run.RunDefaultAsync("init", "--dry-run"), run.Stdout.ToString());

        Assert.IsFalse(Directory.Exists(Path.Combine(run.Workspace, ".github", "workflows")), "a dry run writes nothing");
        Assert.IsFalse(Directory.Exists(Path.Combine(run.Workspace, ".github", "ISSUE_TEMPLATE")), "a dry run writes nothing");
        CollectionAssert.Contains(run.StdoutLines.ToList(), "would write .github/workflows/ecosystem.yml");
        CollectionAssert.Contains(run.StdoutLines.ToList(), "skipped .github/ecosystem.yml: it exists and is left as it is");
    }

    /// <summary>init reads no configuration: <c>--set labels.new=Sandbox</c> would be ignored while the defaults are written.</summary>
    [TestMethod]
    [DataRow("--set", "labels.new=Sandbox")]
    [DataRow("--config", "ours.yml")]
    public async Task Init_refuses_configuration_options_it_would_ignore(string option, string value)
    {
        var run = new HostRun();

        Assert.AreEqual(2, await run.RunDefaultAsync("init", option, value), run.Stdout.ToString());

        StringAssert.Contains(run.Stderr.ToString(), option);
        Assert.IsFalse(Directory.Exists(Path.Combine(run.Workspace, ".github")), "nothing is written");
    }

    [TestMethod]
    public async Task An_existing_form_is_kept_and_the_rest_is_written()
    {
        var run = new HostRun().WithFile(".github/ISSUE_TEMPLATE/application.yml", "name: Our own form\n");

        Assert.AreEqual(0, await run.RunDefaultAsync("init"));

        Assert.AreEqual("name: Our own form\n", File.ReadAllText(Path.Combine(run.Workspace, ".github", "ISSUE_TEMPLATE", "application.yml")));
        CollectionAssert.Contains(run.StdoutLines.ToList(), "output skipped = [\".github/ISSUE_TEMPLATE/application.yml\"]");
    }

    /// <summary>
    /// The README tells a foundation with its own form to delete the PyTorch form init wrote and name its own in
    /// application.template: init run again (to see what a new release writes, say) wrote the PyTorch form back, a second
    /// form in the repository's issue chooser that the automation never reads.
    /// </summary>
    [TestMethod]
    public async Task A_configuration_naming_its_own_form_keeps_init_from_writing_the_PyTorch_form_back()
    {
        var run = new HostRun().WithFile(".github/ecosystem.yml", "application:\n  template: .github/ISSUE_TEMPLATE/sandbox.yml\n");

        Assert.AreEqual(0, await run.RunDefaultAsync("init"), run.Stdout.ToString());

        Assert.IsFalse(File.Exists(Path.Combine(run.Workspace, ".github", "ISSUE_TEMPLATE", "application.yml")), run.Stdout.ToString());
        CollectionAssert.Contains(run.StdoutLines.ToList(),
            "skipped .github/ISSUE_TEMPLATE/application.yml: .github/ecosystem.yml names the form .github/ISSUE_TEMPLATE/sandbox.yml");
        CollectionAssert.Contains(
            run.StdoutLines.ToList(), "output skipped = [\".github/ecosystem.yml\",\".github/ISSUE_TEMPLATE/application.yml\"]");
    }

    [TestMethod]
    public async Task Init_runs_even_where_the_configuration_is_broken()
    {
        // init reads the configuration only for the form it names: a broken one is what a foundation may be starting over from.
        var run = new HostRun().WithFile(".github/ecosystem.yml", "labels: [unclosed\n");

        Assert.AreEqual(0, await run.RunDefaultAsync("init"), run.Stdout.ToString());
        Assert.AreEqual("labels: [unclosed\n", File.ReadAllText(Path.Combine(run.Workspace, ".github", "ecosystem.yml")));
    }

    [TestMethod]
    public async Task Written_configuration_names_every_key_at_its_default()
    {
        var run = new HostRun();
        Assert.AreEqual(0, await run.RunDefaultAsync("init"));

        var loaded = EcosystemConfiguration.Load(null, new Dictionary<string, string?>(), [], run.Workspace);

        Assert.IsTrue(loaded.Succeeded, string.Join("\n", loaded.Problems));
        Assert.AreEqual(JsonSerializer.Serialize(new EcosystemOptions()), JsonSerializer.Serialize(loaded.Options), "Every value init writes is the default.");
        var text = File.ReadAllText(Path.Combine(run.Workspace, ".github", "ecosystem.yml"));
        var written = KeyPaths(text);
        // A key whose default follows another key is named commented out: written out, it would keep its value when that key changes.
        var missing = ConfigurationSchema.All.Select(setting => setting.Path)
            .Where(path => !written.Contains(path) && !text.Contains($"  # {path.Split('.')[^1]}: ", StringComparison.Ordinal)).ToList();
        Assert.IsEmpty(missing, $"init's configuration lacks: {string.Join(", ", missing)}");
    }

    /// <summary>An adopter naming its software in init's configuration had PyTorch's onboarding tasks, which the file listed.</summary>
    [TestMethod]
    public async Task Written_configuration_s_onboarding_tasks_follow_the_foundation_s_software()
    {
        var run = new HostRun();
        Assert.AreEqual(0, await run.RunDefaultAsync("init"));

        var loaded = EcosystemConfiguration.Load(null, new Dictionary<string, string?>(), ["foundation.software=JAX"], run.Workspace);

        Assert.IsTrue(loaded.Succeeded, string.Join("\n", loaded.Problems));
        Assert.AreEqual("Add the project to the JAX landscape", loaded.Options.Tally.OnboardingChecklist[0]);
    }

    [TestMethod]
    public async Task Written_configuration_is_this_repository_s_own_with_the_values_set_here_put_back()
    {
        var run = new HostRun();
        Assert.AreEqual(0, await run.RunDefaultAsync("init"));

        var own = File.ReadAllLines(RepositoryRoot.File(".github", "ecosystem.yml"));
        var written = File.ReadAllLines(Path.Combine(run.Workspace, ".github", "ecosystem.yml"));

        Assert.HasCount(own.Length, written);
        var setHere = 0;
        for (var index = 0; index < own.Length; index++)
        {
            if (own[index].Contains("# set here, default ", StringComparison.Ordinal))
            {
                setHere++;
                StringAssert.DoesNotMatch(written[index], new System.Text.RegularExpressions.Regex("set here"));
                Assert.AreEqual(own[index].Split(':')[0], written[index].Split(':')[0], "The same key, on the same line.");
            }
            else
            {
                Assert.AreEqual(own[index], written[index], $"line {index + 1}");
            }
        }

        Assert.AreEqual(4, setHere, "PyTorch sets its board (owner and number) and its sessions (time zone and recurrence).");
        StringAssert.Contains(written[26], "owner: \"\"                              # the organisation or user owning the board");
    }

    [TestMethod]
    public async Task Written_form_is_the_PyTorch_form_this_repository_runs_on()
    {
        var run = new HostRun();
        Assert.AreEqual(0, await run.RunDefaultAsync("init"));

        Assert.AreEqual(
            File.ReadAllText(RepositoryRoot.File(".github", "ISSUE_TEMPLATE", "application.yml")),
            File.ReadAllText(Path.Combine(run.Workspace, ".github", "ISSUE_TEMPLATE", "application.yml")));
    }

    /// <summary>
    /// Run again over a configuration that renames the new label (or the title prefix), init wrote the form presetting 'New':
    /// GitHub put that label on every application, which intake, the queue and the guard never read as new.
    /// </summary>
    [TestMethod]
    public async Task Written_form_presets_the_configured_new_label_and_title_prefix()
    {
        var run = new HostRun().WithFile(".github/ecosystem.yml", "labels:\n  new: \"Submitted: new\"\napplication:\n  title-prefix: \"[PyG]\"\n");

        Assert.AreEqual(0, await run.RunDefaultAsync("init"), run.Stdout.ToString());

        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(run.Workspace, ".github", "ISSUE_TEMPLATE", "application.yml"))));
        var form = (YamlMappingNode)stream.Documents[0].RootNode;
        CollectionAssert.AreEqual(new[] { "Submitted: new" }, ((YamlSequenceNode)form["labels"]).Children.Select(l => l.ToString()).ToList());
        Assert.AreEqual("[PyG] <Project Name>", form["title"].ToString());
        StringAssert.Contains(run.Stdout.ToString(), "create the label 'Submitted: new' in the repository");
    }

    [TestMethod]
    public async Task Written_workflow_calls_the_reusable_workflow_at_the_program_version_and_passes_actionlint()
    {
        var run = new HostRun();
        Assert.AreEqual(0, await run.RunDefaultAsync("init"));
        var written = File.ReadAllText(Path.Combine(run.Workspace, ".github", "workflows", "ecosystem.yml"));

        StringAssert.Contains(written, $"uses: pytorch-fdn/ecosystem-actions/.github/workflows/process.yml@v{ReleaseVersion.Declared}\n");
        // The repository runs the same caller, on its own copy of the reusable workflow.
        Assert.AreEqual(
            File.ReadAllText(RepositoryRoot.File(".github", "workflows", "ecosystem.yml")),
            written.Replace($"pytorch-fdn/ecosystem-actions/.github/workflows/process.yml@v{ReleaseVersion.Declared}", "./.github/workflows/process.yml", StringComparison.Ordinal));
        foreach (var (folder, pattern) in new[] { (run.Workspace, ".github/workflows/*.yml"), (RepositoryRoot.Path, ".github/workflows/process.yml") })
        {
            var lint = await ChildProcess.RunAsync(
                "node", [RepositoryRoot.File("tests", "tooling", "actionlint.mjs"), pattern], folder, TimeSpan.FromMinutes(2));
            Assert.AreEqual(0, lint.ExitCode, lint.ToString());
        }
    }

    private static HashSet<string> KeyPaths(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var paths = new HashSet<string>(StringComparer.Ordinal);
        Collect((YamlMappingNode)stream.Documents[0].RootNode, string.Empty);
        return paths;

        void Collect(YamlMappingNode mapping, string prefix)
        {
            foreach (var (key, value) in mapping.Children)
            {
                var path = prefix + ((YamlScalarNode)key).Value;
                paths.Add(path);
                if (value is YamlMappingNode child)
                {
                    Collect(child, path + ".");
                }
            }
        }
    }
}
