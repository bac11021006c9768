using Ecosystem.Actions.Tests.EndToEnd;

namespace Ecosystem.Actions.Tests.Commands.Validate;

/// <summary><c>application.label</c>: the label marks an application whatever its title, and intake sets it on the applications it recognises.</summary>
[TestClass]
public sealed class ApplicationLabelEndToEndTests
{
    private const string Label = "ecosystem-application";
    private const string Waiting = "Waiting on comment";

    [TestMethod]
    public async Task Labelled_issue_without_the_form_or_the_title_gets_the_lost_form_report_and_a_rerun_writes_nothing()
    {
        await using var world = await World.Intake().StartAsync();
        world.WithConfiguration(world.PackageIndexes + $"application:\n  label: {Label}");
        var issue = world.Repository.AddIssue("Please add TorchRender", World.Body("lost-form"), "janedoe", [Label]);

        var result = await world.OpenedAsync(issue);
        var again = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(issue.Comments.Single().Body, "does not use the application form");
        CollectionAssert.AreEquivalent(new[] { Label, Waiting }, issue.Labels.ToArray());
        Assert.AreEqual("false", result.Outputs["valid"]);
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    [TestMethod]
    public async Task Same_issue_without_the_label_configured_is_left_alone()
    {
        await using var world = await World.Intake().StartAsync();
        var issue = world.Repository.AddIssue("Please add TorchRender", World.Body("lost-form"), "janedoe", [Label]);

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        StringAssert.Contains(result.Summary, "not an application");
    }

    [TestMethod]
    public async Task Application_recognised_by_its_form_gets_the_label_once()
    {
        await using var world = await World.Intake().StartAsync();
        world.WithConfiguration(world.PackageIndexes + $"application:\n  label: {Label}");
        var issue = world.Apply(World.Body("complete"));

        var result = await world.OpenedAsync(issue);
        var again = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", Label }, issue.Labels.ToArray());
        Assert.AreEqual("true", result.Outputs["valid"]);
        Assert.HasCount(1, RequestLines.Of(result.WriteRequests).Where(l => l.StartsWith("POST /repos/pytorch-fdn/ecosystem/issues/1/labels", StringComparison.Ordinal)));
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    [TestMethod]
    public async Task Dry_run_plans_the_label_and_sends_no_write()
    {
        await using var world = await World.Intake().StartAsync();
        world.WithConfiguration(world.PackageIndexes + $"application:\n  label: {Label}");
        var issue = world.Apply(World.Body("complete"));

        var result = await world.OpenedAsync(issue, "--dry-run");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        CollectionAssert.AreEqual(new[] { "New" }, issue.Labels.ToArray());
        StringAssert.Contains(result.Stdout, Label);
    }
}
