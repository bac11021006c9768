using Ecosystem.Actions.Hosting;

namespace Ecosystem.Actions.Tests.Packaging;

[TestClass]
public sealed class ActionMetadataTests
{
    private static readonly string PublishedImage = $"docker://ghcr.io/pytorch-fdn/ecosystem-actions:{ReleaseVersion.Declared}";

    private static readonly string[] SharedInputs = ["token", "config", "dry-run"];

    private static readonly string[] AllOutputs =
        ["valid", "problems", "report", "session-date", "scheduled", "forecast", "assignments", "approve", "decline", "abstain", "status", "outcome", "writes", "changed", "rerun-intake", "path"];

    private static readonly YamlFile Root = YamlFile.Load("action.yml");

    public static IEnumerable<object[]> Commands =>
    [
        ["validate", new[] { "issue", "body-file", "template", "title" }, new[] { "valid", "problems", "report" }],
        ["schedule", new[] { "session-date", "batch-size" }, new[] { "session-date", "scheduled", "forecast", "assignments" }],
        ["tally", new[] { "issue" }, new[] { "approve", "decline", "abstain", "status", "outcome" }],
        ["guard", Array.Empty<string>(), new[] { "writes", "changed", "rerun-intake" }],
        ["status-page", new[] { "output" }, new[] { "path" }],
    ];

    [TestMethod]
    public void Root_action_builds_the_Dockerfile_and_passes_the_command()
    {
        var runs = YamlFile.Mapping(Root.Root, "runs")!;

        Assert.AreEqual("docker", YamlFile.Scalar(runs, "using"));
        Assert.AreEqual("Dockerfile", YamlFile.Scalar(runs, "image"));
        CollectionAssert.AreEqual(new[] { "${{ inputs.command }}" }, YamlFile.Sequence(runs, "args").ToList());
    }

    [TestMethod]
    public void Root_action_defaults_follow_the_configuration_contract()
    {
        var inputs = YamlFile.Mapping(Root.Root, "inputs")!;

        Assert.AreEqual("true", YamlFile.Scalar(YamlFile.Mapping(inputs, "command")!, "required"));
        Assert.AreEqual("${{ github.token }}", YamlFile.Scalar(YamlFile.Mapping(inputs, "token")!, "default"));
        Assert.AreEqual(".github/ecosystem.yml", YamlFile.Scalar(YamlFile.Mapping(inputs, "config")!, "default"));
        Assert.AreEqual("false", YamlFile.Scalar(YamlFile.Mapping(inputs, "dry-run")!, "default"));
        CollectionAssert.AreEquivalent(
            new[] { "command", "token", "config", "dry-run", "issue", "body-file", "template", "title", "session-date", "batch-size", "output" },
            YamlFile.Keys(inputs).ToList());
    }

    [TestMethod]
    public void Root_action_lists_every_command_output()
    {
        CollectionAssert.AreEquivalent(AllOutputs, YamlFile.Keys(YamlFile.Mapping(Root.Root, "outputs")).ToList());
    }

    [TestMethod]
    [DynamicData(nameof(Commands))]
    public void Command_action_runs_the_published_image_with_its_command(string command, string[] ownInputs, string[] ownOutputs)
    {
        var action = YamlFile.Load($"actions/{command}/action.yml");
        var runs = YamlFile.Mapping(action.Root, "runs")!;

        Assert.AreEqual("docker", YamlFile.Scalar(runs, "using"));
        Assert.AreEqual(PublishedImage, YamlFile.Scalar(runs, "image"));
        CollectionAssert.AreEqual(new[] { command }, YamlFile.Sequence(runs, "args").ToList());
        CollectionAssert.AreEquivalent(SharedInputs.Concat(ownInputs).ToList(), YamlFile.Keys(YamlFile.Mapping(action.Root, "inputs")).ToList());
        CollectionAssert.AreEquivalent(ownOutputs, YamlFile.Keys(YamlFile.Mapping(action.Root, "outputs")).ToList());
    }

    /// <summary>
    /// Every option of a command reads the action input of its name (<c>--body-file</c>: <c>INPUT_BODY-FILE</c>), and its help says
    /// so: the command's action and the root action declare each one, or GitHub warns "Unexpected input" at a step that gives it.
    /// </summary>
    [TestMethod]
    [DynamicData(nameof(Commands))]
    public void Every_option_of_a_command_is_an_input_of_its_action_and_of_the_root_action(string command, string[] ownInputs, string[] ownOutputs)
    {
        var options = CommandCatalog.Default.Find(command)!.Options.Select(option => option.Name.TrimStart('-')).ToList();
        var own = YamlFile.Keys(YamlFile.Mapping(YamlFile.Load($"actions/{command}/action.yml").Root, "inputs")).ToList();
        var root = YamlFile.Keys(YamlFile.Mapping(Root.Root, "inputs")).ToList();

        CollectionAssert.IsSubsetOf(options, own, $"actions/{command}/action.yml");
        CollectionAssert.IsSubsetOf(options, root, "action.yml");
        CollectionAssert.IsSubsetOf(ownInputs, options, $"the options of {command}");
    }

    [TestMethod]
    [DynamicData(nameof(Commands))]
    public void Command_action_inputs_mean_the_same_as_the_root_action_inputs(string command, string[] ownInputs, string[] ownOutputs)
    {
        var action = YamlFile.Load($"actions/{command}/action.yml");
        var rootInputs = YamlFile.Mapping(Root.Root, "inputs")!;

        foreach (var input in SharedInputs.Concat(ownInputs))
        {
            var own = YamlFile.Mapping(YamlFile.Mapping(action.Root, "inputs")!, input)!;
            var shared = YamlFile.Mapping(rootInputs, input)!;
            Assert.AreEqual(YamlFile.Scalar(shared, "default"), YamlFile.Scalar(own, "default"), $"actions/{command}: default of '{input}'");
            Assert.AreEqual(YamlFile.Scalar(shared, "required"), YamlFile.Scalar(own, "required"), $"actions/{command}: required of '{input}'");
        }

        CollectionAssert.IsSubsetOf(ownOutputs, AllOutputs);
    }
}
