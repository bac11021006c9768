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
        var scenario = new FaultScenario("status-plan", Seed, "workflow_dispatch", _ => EventPayloads.WorkflowDispatch(new Dictionary<string, string>()), "status-plan")
        {
            Catalog = new CommandCatalog([new StatusPlanCommand()]),
        };

        var report = await FaultProof.RunAsync(scenario);

        TestContext.WriteLine(report.ToString());
        Assert.IsGreaterThanOrEqualTo(8, report.BaselineRequests, "the scenario reads and writes enough to be worth faulting");
        Assert.AreEqual(report.BaselineRequests * InjectedFault.All.Count, report.FaultedRuns);
    }

    private static void Seed(GitHubState state)
    {
        var repository = state.AddRepository("pytorch-fdn", "ecosystem");
        repository.AddIssue("[Ecosystem] widget", "body", "alice", ["New"]).AddComment("carol", "Looks good to me.");
        repository.AddIssue("[Ecosystem] gadget", "body", "bob", ["Withdrawn"])
            .AddComment(state.AuthenticatedLogin, HiddenMarker.Stamp(StatusPlanCommand.Purpose, "#2 is new."), UserKind.Bot);
        repository.AddIssue("[Ecosystem] gizmo", "body", "dave", ["Accepted"]);
    }
}
