using System.Text.RegularExpressions;

namespace Ecosystem.Actions.Tests.Packaging;

[TestClass]
public sealed partial class WorkflowTests
{
    private static readonly string[] ScopeValues = ["read", "write", "none"];

    public static IEnumerable<object[]> Workflows =>
        Directory.EnumerateFiles(RepositoryRoot.File(".github", "workflows"), "*.yml")
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { $".github/workflows/{Path.GetFileName(path)}" });

    public static IEnumerable<object[]> Automations =>
    [
        ["application-intake.yml", "validate"],
        ["review-scheduler.yml", "schedule"],
        ["vote-tally.yml", "tally"],
        ["guardians.yml", "guard"],
    ];

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
    [DynamicData(nameof(Automations))]
    public void Automation_runs_the_local_action_with_its_command_and_token(string workflow, string command)
    {
        var file = YamlFile.Load($".github/workflows/{workflow}");
        var step = file.Steps().First(step => YamlFile.Scalar(step, "uses") == "./");
        var with = YamlFile.Mapping(step, "with")!;

        Assert.AreEqual(command, YamlFile.Scalar(with, "command"));
        Assert.AreEqual("${{ secrets.ECOSYSTEM_TOKEN || github.token }}", YamlFile.Scalar(with, "token"));
        Assert.AreEqual("write", YamlFile.Scalar(YamlFile.Mapping(file.Root, "permissions")!, "issues"), $"{workflow}: the commands write labels and comments.");
    }

    [TestMethod]
    [DynamicData(nameof(Workflows))]
    public void Local_action_steps_pass_only_inputs_the_action_declares(string workflow)
    {
        // actionlint cannot see local action metadata here, so a misspelt input would pass silently.
        foreach (var step in YamlFile.Load(workflow).Steps())
        {
            var uses = YamlFile.Scalar(step, "uses");
            if (uses is null || !uses.StartsWith("./", StringComparison.Ordinal))
            {
                continue;
            }

            var action = YamlFile.Load($"{uses[2..].TrimEnd('/')}{(uses.Length > 2 ? "/" : string.Empty)}action.yml");
            var declared = YamlFile.Keys(YamlFile.Mapping(action.Root, "inputs"));
            CollectionAssert.IsSubsetOf(YamlFile.Keys(YamlFile.Mapping(step, "with")).ToList(), declared.ToList(), $"{workflow}: inputs of {uses}");
        }
    }

    [TestMethod]
    public void Guardians_run_validate_on_the_issue_guard_names_in_rerun_intake()
    {
        var file = YamlFile.Load(".github/workflows/guardians.yml");
        var steps = file.Steps().Where(step => YamlFile.Scalar(step, "uses") == "./").ToList();
        var guard = steps.Single(step => YamlFile.Scalar(YamlFile.Mapping(step, "with")!, "command") == "guard");
        var validate = steps.Single(step => YamlFile.Scalar(YamlFile.Mapping(step, "with")!, "command") == "validate");
        var with = YamlFile.Mapping(validate, "with")!;
        Assert.IsNotNull(YamlFile.Scalar(guard, "id"), "guard needs an id for its outputs to be read.");
        var output = $"steps.{YamlFile.Scalar(guard, "id")}.outputs.rerun-intake";

        Assert.IsGreaterThan(steps.IndexOf(guard), steps.IndexOf(validate), "validate runs after guard.");
        Assert.AreEqual($"{output} != '' && {output} != '[]'", YamlFile.Scalar(validate, "if"), "validate runs only when guard asks for it.");
        Assert.AreEqual($"${{{{ fromJSON({output})[0] }}}}", YamlFile.Scalar(with, "issue"), "the issue comes from guard's output, not the event's text.");
        Assert.AreEqual("${{ secrets.ECOSYSTEM_TOKEN || github.token }}", YamlFile.Scalar(with, "token"));
        CollectionAssert.AreEquivalent(new[] { "contents", "issues" }, YamlFile.Keys(YamlFile.Mapping(file.Root, "permissions")).ToArray(), "validate needs no scope guard lacks.");
    }

    [TestMethod]
    public void Vote_tally_counts_one_issue_at_a_time_without_dropping_runs()
    {
        var concurrency = YamlFile.Mapping(YamlFile.Load(".github/workflows/vote-tally.yml").Root, "concurrency")!;

        StringAssert.Contains(YamlFile.Scalar(concurrency, "group"), "github.event.issue.number");
        Assert.AreEqual("false", YamlFile.Scalar(concurrency, "cancel-in-progress"));
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
        StringAssert.Contains(YamlFile.Scalar(YamlFile.Mapping(metadata, "with")!, "tags"), "pattern={{major}}", "actions/*/action.yml run the :<major> tag.");
    }

    [GeneratedRegex(@"^\s*(-\s+)?uses:\s*(?<action>\S+)(\s+#\s*(?<version>v\d+(\.\d+)*))?")]
    private static partial Regex UsesLine();

    [GeneratedRegex(@"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")]
    private static partial Regex PinnedAction();
}
