using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Domain.Text;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Proof.Faults;

/// <summary>The host, session, gateway and applier under every fault at every request, through <see cref="StatusPlanCommand"/>.</summary>
[TestClass]
[DoNotParallelize]
public sealed class StatusPlanFaultTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Every_fault_at_every_request_fails_clearly_or_completes_and_a_rerun_converges()
    {
        var scenario = new FaultScenario("status-plan", Build, "workflow_dispatch", _ => EventPayloads.WorkflowDispatch(new Dictionary<string, string>()), "status-plan")
        {
            Catalog = new CommandCatalog([new StatusPlanCommand()]),
        };

        var report = await FaultProof.RunAsync(scenario);

        TestContext.WriteLine(report.ToString());
        Assert.IsGreaterThanOrEqualTo(8, report.BaselineRequests, "the scenario reads and writes enough to be worth faulting");
        Assert.AreEqual(report.BaselineRequests * InjectedFault.All.Count, report.FaultedRuns);
    }

    [TestMethod]
    public async Task A_command_that_posts_twice_after_a_failure_is_caught_with_the_request_and_the_duplicate()
    {
        var scenario = new FaultScenario(
            "careless",
            () =>
            {
                var world = World.Create().WithRepository();
                world.Repository.AddIssue("[Ecosystem] widget", "body", "alice", ["New"]);
                return world;
            },
            "workflow_dispatch",
            _ => EventPayloads.WorkflowDispatch(new Dictionary<string, string>()),
            "careless")
        {
            Catalog = new CommandCatalog([new CarelessCommand()]),
        };

        // A lost answer no longer stops a run between two writes (edits are resent, creates looked for): a refusal does.
        var failure = await Assert.ThrowsAsync<AssertFailedException>(() => FaultProof.RunAsync(scenario, [InjectedFault.Refused]));

        StringAssert.Contains(failure.Message, "422 at request 4 (DELETE /api/v3/repos/pytorch-fdn/ecosystem/issues/1/labels/New)");
        StringAssert.Contains(failure.Message, $"  +   comment by {World.Automation}: Welcome!");
    }

    private static World Build()
    {
        var world = World.Create().WithRepository();
        var repository = world.Repository;
        repository.AddIssue("[Ecosystem] widget", "body", "alice", ["New"]).AddComment("carol", "Looks good to me.");
        repository.AddIssue("[Ecosystem] gadget", "body", "bob", ["Withdrawn"])
            .AddComment(World.Automation, HiddenMarker.Stamp(StatusPlanCommand.Purpose, "#2 is new."), UserKind.Bot);
        repository.AddIssue("[Ecosystem] gizmo", "body", "dave", ["Accepted"]);
        return world;
    }
}
