using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Ecosystem.Actions.Tests.Packaging;

[TestClass]
public sealed partial class WorkflowTests
{
    private const string OwnActions = "pytorch-fdn/ecosystem-actions/actions/";

    private static readonly string[] ScopeValues = ["read", "write", "none"];

    public static IEnumerable<object[]> Workflows =>
        Directory.EnumerateFiles(RepositoryRoot.File(".github", "workflows"), "*.yml")
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { $".github/workflows/{Path.GetFileName(path)}" });

    [TestMethod]
    [DynamicData(nameof(Workflows))]
    public void Run_scripts_expand_no_expressions(string workflow)
    {
        // Issue titles, bodies, comments and labels are attacker-controlled: they reach scripts through env only.
        foreach (var step in YamlFile.Load(workflow).Steps())
        {
            var script = YamlFile.Scalar(step, "run");
            Assert.IsFalse(script?.Contains("${{", StringComparison.Ordinal) ?? false, $"{workflow}: `run: {script}` expands an expression; pass it through env.");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Workflows))]
    public void Third_party_actions_are_pinned_to_a_commit_with_its_version_named(string workflow)
    {
        var lines = File.ReadAllLines(RepositoryRoot.File(workflow.Split('/')));
        var uses = lines.Select(line => UsesLine().Match(line)).Where(match => match.Success).ToList();

        Assert.IsNotEmpty(uses, $"{workflow} uses no action.");
        foreach (var match in uses.Where(match => !match.Groups["action"].Value.StartsWith("./", StringComparison.Ordinal)))
        {
            if (match.Groups["action"].Value.StartsWith(OwnActions, StringComparison.Ordinal))
            {
                StringAssert.EndsWith(match.Groups["action"].Value, $"@v{ReleaseVersion.Declared}", $"{workflow}: our own actions run at the release version.");
                continue;
            }

            Assert.IsTrue(
                PinnedAction().IsMatch(match.Groups["action"].Value) && match.Groups["version"].Success,
                $"{workflow}: `{match.Value.Trim()}` must be owner/repo@<40-hex commit> # vX.Y.Z.");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Workflows))]
    public void Permissions_are_declared_at_workflow_level_scope_by_scope(string workflow)
    {
        var root = YamlFile.Load(workflow).Root;
        var permissions = YamlFile.Mapping(root, "permissions");

        Assert.IsNotNull(permissions, $"{workflow}: declare `permissions:` per scope at the top; the default token is too broad.");
        Assert.AreEqual("read", YamlFile.Scalar(permissions, "contents"), $"{workflow}: contents: read is all any of these workflows needs.");
        foreach (var scope in YamlFile.Keys(permissions))
        {
            CollectionAssert.Contains(ScopeValues, YamlFile.Scalar(permissions, scope), $"{workflow}: permissions.{scope}");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Workflows))]
    public void Jobs_that_run_the_program_cannot_publish_pages_or_mint_identity_tokens(string workflow)
    {
        // The program reads applicants' text; publishing the site is a job of its own that runs nothing of ours.
        foreach (var (job, permissions) in JobsRunningTheProgram(workflow))
        {
            foreach (var scope in new[] { "pages", "id-token" })
            {
                Assert.AreNotEqual("write", YamlFile.Scalar(permissions, scope), $"{workflow}: job {job} holds {scope}: write");
            }
        }
    }

    [TestMethod]
    [DynamicData(nameof(Workflows))]
    public void Jobs_that_run_the_program_may_read_the_issues(string workflow)
    {
        // Every command reads the applications; in a private repository a token without issues access is refused.
        foreach (var (job, permissions) in JobsRunningTheProgram(workflow))
        {
            CollectionAssert.Contains(new[] { "read", "write" }, YamlFile.Scalar(permissions, "issues"), $"{workflow}: job {job} cannot read issues");
        }
    }

    [TestMethod]
    public void Every_job_that_deploys_Pages_is_in_the_one_pages_group_and_alone_may_publish()
    {
        // A repository has one Pages site and GitHub deploys it once at a time: a deployment started beside another
        // fails. status-page.yml and process.yml's publishing job can both be on in one repository (as in this one), so
        // they wait for each other in GitHub's starter workflows' group `pages`, as a Pages workflow of the repository's own does.
        var deploying = new List<string>();
        foreach (var workflow in Workflows.Select(row => (string)row[0]))
        {
            var jobs = YamlFile.Mapping(YamlFile.Load(workflow).Root, "jobs")!;
            foreach (var job in YamlFile.Keys(jobs))
            {
                var definition = YamlFile.Mapping(jobs, job)!;
                var steps = definition.Children.TryGetValue(new YamlScalarNode("steps"), out var list) ? ((YamlSequenceNode)list).Children : [];
                if (!steps.OfType<YamlMappingNode>().Any(step => YamlFile.Scalar(step, "uses")?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true))
                {
                    continue;
                }

                deploying.Add($"{workflow}: {job}");
                var concurrency = YamlFile.Mapping(definition, "concurrency") ?? new YamlMappingNode();
                Assert.AreEqual("pages", YamlFile.Scalar(concurrency, "group"), $"{workflow}: job {job}'s concurrency group");
                Assert.AreEqual("false", YamlFile.Scalar(concurrency, "cancel-in-progress"), $"{workflow}: job {job} never cancels a deployment under way");
                var permissions = YamlFile.Mapping(definition, "permissions") ?? new YamlMappingNode();
                var scopes = YamlFile.Keys(permissions).Order(StringComparer.Ordinal).Select(scope => $"{scope}:{YamlFile.Scalar(permissions, scope)}");
                Assert.AreEqual("id-token:write pages:write", string.Join(' ', scopes), $"{workflow}: job {job} takes only what publishing needs");
            }
        }

        CollectionAssert.AreEquivalent(
            new[] { ".github/workflows/process.yml: status-page-deploy", ".github/workflows/status-page.yml: deploy" }, deploying);
    }

    /// <summary>
    /// The status page ran at 05:43 UTC and the nightly run (tally, guard, schedule) at 06:17: the page published each
    /// morning showed the state of the day before until the next night.
    /// </summary>
    [TestMethod]
    public void The_status_page_is_built_once_the_nightly_run_has_had_its_whole_time_to_finish()
    {
        var nightly = DailyCronMinute(".github/workflows/ecosystem.yml");
        var page = DailyCronMinute(".github/workflows/status-page.yml");
        var job = YamlFile.Mapping(YamlFile.Mapping(YamlFile.Load(".github/workflows/process.yml").Root, "jobs")!, "nightly")!;
        var longest = int.Parse(YamlFile.Scalar(job, "timeout-minutes")!, CultureInfo.InvariantCulture);

        Assert.IsGreaterThan(
            nightly + longest, page, $"status-page.yml's cron (minute {page} of the day, UTC) after the nightly run ({nightly}) and its timeout");
    }

    /// <summary>The minute of the day (UTC) of a workflow's one daily schedule, <c>M H * * *</c>.</summary>
    private static int DailyCronMinute(string workflow)
    {
        var schedule = (YamlSequenceNode)YamlFile.Mapping(YamlFile.Load(workflow).Root, "on")!.Children[new YamlScalarNode("schedule")];
        var fields = YamlFile.Scalar(schedule.Children.Single(), "cron")!.Split(' ');
        Assert.AreEqual("* * *", string.Join(' ', fields[2..]), $"{workflow}: a daily schedule");
        return (int.Parse(fields[1], CultureInfo.InvariantCulture) * 60) + int.Parse(fields[0], CultureInfo.InvariantCulture);
    }

    /// <summary>The jobs with a step that runs the program (this repository's action or one of its command actions), with the permissions they hold.</summary>
    private static IEnumerable<(string Job, YamlMappingNode Permissions)> JobsRunningTheProgram(string workflow)
    {
        var root = YamlFile.Load(workflow).Root;
        var jobs = YamlFile.Mapping(root, "jobs")!;
        foreach (var job in YamlFile.Keys(jobs))
        {
            var definition = YamlFile.Mapping(jobs, job)!;
            var steps = definition.Children.TryGetValue(new YamlScalarNode("steps"), out var list) ? ((YamlSequenceNode)list).Children : [];
            if (steps.OfType<YamlMappingNode>().Select(step => YamlFile.Scalar(step, "uses") ?? string.Empty)
                .Any(uses => uses == "./" || uses.StartsWith(OwnActions, StringComparison.Ordinal)))
            {
                yield return (job, YamlFile.Mapping(definition, "permissions") ?? YamlFile.Mapping(root, "permissions") ?? new YamlMappingNode());
            }
        }
    }

    [TestMethod]
    [DynamicData(nameof(Workflows))]
    public void Local_action_steps_pass_only_inputs_the_action_declares(string workflow)
    {
        // actionlint cannot see local action metadata here, so a misspelt input would pass silently.
        foreach (var step in YamlFile.Load(workflow).Steps())
        {
            var uses = YamlFile.Scalar(step, "uses");
            if (uses is not null && uses.StartsWith(OwnActions, StringComparison.Ordinal))
            {
                uses = "./actions/" + uses[OwnActions.Length..uses.IndexOf('@', StringComparison.Ordinal)];
            }

            if (uses is null || !uses.StartsWith("./", StringComparison.Ordinal) || uses.StartsWith("./.github/workflows/", StringComparison.Ordinal))
            {
                continue;
            }

            var action = YamlFile.Load($"{uses[2..].TrimEnd('/')}{(uses.Length > 2 ? "/" : string.Empty)}action.yml");
            var declared = YamlFile.Keys(YamlFile.Mapping(action.Root, "inputs"));
            CollectionAssert.IsSubsetOf(YamlFile.Keys(YamlFile.Mapping(step, "with")).ToList(), declared.ToList(), $"{workflow}: inputs of {uses}");
        }
    }

    /// <summary>
    /// The automation knows its own comments and agenda issues by the token's account: a job that ran a command as
    /// <c>github-actions[bot]</c> while the others ran as the adopter's app would not know the app's writes as its own
    /// (the status page then lost the sessions and decisions the app recorded).
    /// </summary>
    [TestMethod]
    [DynamicData(nameof(Workflows))]
    public void Every_step_that_runs_a_command_acts_as_the_GitHub_App_when_one_is_set(string workflow)
    {
        foreach (var job in (YamlFile.Mapping(YamlFile.Load(workflow).Root, "jobs")?.Children.Values ?? []).OfType<YamlMappingNode>())
        {
            var steps = job.Children.TryGetValue(new YamlScalarNode("steps"), out var node) && node is YamlSequenceNode sequence
                ? sequence.Children.OfType<YamlMappingNode>().ToList()
                : [];
            var app = steps.FindIndex(step => YamlFile.Scalar(step, "id") == "app"
                && (YamlFile.Scalar(step, "uses")?.StartsWith("actions/create-github-app-token@", StringComparison.Ordinal) ?? false));
            foreach (var (step, index) in steps.Select((step, index) => (step, index))
                .Where(pair => YamlFile.Scalar(pair.step, "uses")?.StartsWith(OwnActions, StringComparison.Ordinal) ?? false))
            {
                var uses = YamlFile.Scalar(step, "uses");
                Assert.IsTrue(app >= 0 && app < index, $"{workflow}: {uses} runs in a job with no step `id: app` minting the app's token before it");
                Assert.AreEqual("${{ steps.app.outputs.token || secrets.ECOSYSTEM_TOKEN || github.token }}",
                    YamlFile.Scalar(YamlFile.Mapping(step, "with") ?? new YamlMappingNode(), "token"), $"{workflow}: token of {uses}");
            }
        }
    }

    [TestMethod]
    [DataRow(".github/workflows/process.yml")]
    [DataRow(".github/workflows/status-page.yml")]
    public void A_workflow_another_repository_runs_uses_no_action_of_the_repository_it_runs_in(string workflow)
    {
        // process.yml is called from an adopting repository and the README tells one without it to add status-page.yml:
        // there `uses: ./` is that repository's root, which has no action.yml, so the step fails before it starts.
        foreach (var step in YamlFile.Load(workflow).Steps())
        {
            var uses = YamlFile.Scalar(step, "uses") ?? string.Empty;
            Assert.IsFalse(uses.StartsWith("./", StringComparison.Ordinal), $"{workflow}: `uses: {uses}`; name {OwnActions}<command>@v<version>.");
        }
    }

    [TestMethod]
    public async Task Set_version_names_the_new_release_in_every_workflow_that_runs_our_actions()
    {
        // The workflows are checked for the declared version (above), so a workflow set-version misses fails the release's CI.
        var copy = Directory.CreateTempSubdirectory("set-version-");
        try
        {
            foreach (var file in new[] { "Directory.Build.props", ".github/set-version" }
                .Concat(Directory.EnumerateFiles(RepositoryRoot.File("actions"), "action.yml", SearchOption.AllDirectories)
                    .Concat(Directory.EnumerateFiles(RepositoryRoot.File(".github", "workflows"), "*.yml"))
                    .Select(path => Path.GetRelativePath(RepositoryRoot.Path, path))))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy.FullName, file)) ?? copy.FullName);
                File.Copy(RepositoryRoot.File(file), Path.Combine(copy.FullName, file));
            }

            var run = await ChildProcess.RunAsync("bash", [".github/set-version", "9.8.7"], copy.FullName, TimeSpan.FromMinutes(1));

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            foreach (var workflow in Directory.EnumerateFiles(Path.Combine(copy.FullName, ".github", "workflows"), "*.yml"))
            {
                foreach (var line in File.ReadLines(workflow).Where(line => line.Contains(OwnActions, StringComparison.Ordinal)))
                {
                    StringAssert.EndsWith(line.TrimEnd(), "@v9.8.7", $"{Path.GetFileName(workflow)}: {line.Trim()}");
                }
            }
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void Release_publishes_the_image_the_command_actions_run()
    {
        var file = YamlFile.Load(".github/workflows/release.yml");
        var permissions = YamlFile.Mapping(file.Root, "permissions")!;
        var push = file.Steps().Single(step => YamlFile.Scalar(step, "uses")?.StartsWith("docker/build-push-action@", StringComparison.Ordinal) ?? false);
        var metadata = file.Steps().Single(step => YamlFile.Scalar(step, "uses")?.StartsWith("docker/metadata-action@", StringComparison.Ordinal) ?? false);

        Assert.AreEqual("write", YamlFile.Scalar(permissions, "packages"));
        Assert.AreEqual("true", YamlFile.Scalar(YamlFile.Mapping(push, "with")!, "push"));
        StringAssert.Contains(YamlFile.Scalar(YamlFile.Mapping(metadata, "with")!, "tags"), "pattern={{version}}", "actions/*/action.yml run the exact :<version> tag.");
        var steps = file.Steps().ToList();
        var check = steps.Single(step => YamlFile.Scalar(step, "name") == "Check that the tag is the version the actions run");
        Assert.IsLessThan(steps.IndexOf(push), steps.IndexOf(check), "The version is checked before anything is built.");
        StringAssert.Contains(YamlFile.Scalar(check, "run"), "Directory.Build.props");
    }

    [TestMethod]
    public void Every_command_action_runs_the_image_of_the_declared_release_version()
    {
        foreach (var path in Directory.EnumerateFiles(RepositoryRoot.File("actions"), "action.yml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/');
            var runs = YamlFile.Mapping(YamlFile.Load(relative).Root, "runs")!;
            Assert.AreEqual($"docker://ghcr.io/pytorch-fdn/ecosystem-actions:{ReleaseVersion.Declared}", YamlFile.Scalar(runs, "image"), relative);
        }
    }

    [GeneratedRegex(@"^\s*(-\s+)?uses:\s*(?<action>\S+)(\s+#\s*(?<version>v\d+(\.\d+)*))?")]
    private static partial Regex UsesLine();

    [GeneratedRegex(@"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")]
    private static partial Regex PinnedAction();
}
