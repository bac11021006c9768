using Ecosystem.Actions.Tests.Commands.Guard;
using Ecosystem.Actions.Tests.Commands.Validate;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Proof.Faults;

/// <summary>Each real command under every fault at every request of a small fault-free run.</summary>
[TestClass]
[DoNotParallelize]
public sealed class CommandFaultTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Validate_all_open_applications_survives_every_fault_and_a_rerun_converges()
    {
        var scenario = IntakeScenario("validate --issue all", "all");

        await ProveAsync(scenario);
    }

    /// <summary>One application, whose earlier one is found through the issues' titles and bodies (GraphQL, by the page).</summary>
    [TestMethod]
    public async Task Validate_one_application_survives_every_fault_and_a_rerun_converges()
    {
        var scenario = IntakeScenario("validate --issue 2", "2");

        await ProveAsync(scenario);
    }

    /// <summary>
    /// Closing a stale application changes its labels and closes it in one request: as two writes, a failure between
    /// them left it labelled Too early but open, out of the nightly pass's reach for good (found by this proof).
    /// </summary>
    [TestMethod]
    public async Task Guard_at_night_survives_every_fault_and_a_rerun_converges()
    {
        var now = FaultScenario.DefaultNow;
        var scenario = new FaultScenario(
            "guard (schedule)",
            state =>
            {
                var repository = state.AddRepository("pytorch-fdn", "ecosystem");
                state.AddUser(GuardScenario.Staff);
                state.AddUser("janedoe");
                state.AddUser("rajpatel");
                state.AddTeam("pytorch-fdn", "ecosystem-wg").WithMembers(GuardScenario.WorkingGroupMember, "wg-carol");
                var body = GuardScenario.Fixture("torchrender-application.md");
                repository.AddIssue("[Ecosystem] TorchRender", body, "alice", ["New"], now.AddDays(-40))
                    .AddLabel("Waiting on comment", GuardScenario.Staff, now.AddDays(-30));
                repository.AddIssue("[Ecosystem] TorchWidget", body, "alice", ["New"], now.AddDays(-70))
                    .AddLabel("Waiting on comment", GuardScenario.Staff, now.AddDays(-60));
            },
            "schedule",
            _ => EventPayloads.Schedule(),
            "guard")
        {
            Prepare = (run, _) => run.WithApplicationTemplate().WithFile(".github/ecosystem.yml", GuardScenario.Fixture("ecosystem.yml")),
        };

        await ProveAsync(scenario);
    }

    [TestMethod]
    public async Task Tally_closing_a_vote_survives_every_fault_and_a_rerun_converges()
    {
        var now = FaultScenario.DefaultNow;
        var scenario = new FaultScenario(
            "tally --issue 1 (close)",
            state => AddClosedVote(state.AddRepository("pytorch-fdn", "ecosystem"), now),
            "workflow_dispatch",
            _ => EventPayloads.WorkflowDispatch(new Dictionary<string, string>()),
            "tally", "--issue", "1")
        {
            Prepare = (run, _) => run.WithApplicationTemplate().WithFile(".github/ecosystem.yml", ThreeMembers),
        };

        await ProveAsync(scenario);
    }

    /// <summary>The nightly tally reads by the page (GraphQL) and reads the history of a ballot edited after the close.</summary>
    [TestMethod]
    public async Task Tally_at_night_survives_every_fault_and_a_rerun_converges()
    {
        var now = FaultScenario.DefaultNow;
        var scenario = new FaultScenario(
            "tally (schedule)",
            state =>
            {
                var repository = state.AddRepository("pytorch-fdn", "ecosystem");
                var body = IntakeWorld.Body("complete");
                AddClosedVote(repository, now).Comments[2].Edit("/vote decline changed my mind after the close", now.AddHours(-1));
                var open = repository.AddIssue("[Ecosystem] TorchWidget", body, "erin", ["In review"], now.AddDays(-10));
                open.AddComment("staff-alice", "/vote open", at: now.AddDays(-1));
                open.AddComment("bob", "/vote approve", at: now.AddHours(-5));
                repository.AddIssue("[Ecosystem] TorchQueue", body, "frank", ["New"], now.AddDays(-5));
            },
            "schedule",
            _ => EventPayloads.Schedule(),
            "tally")
        {
            Prepare = (run, _) => run.WithApplicationTemplate().WithFile(".github/ecosystem.yml", ThreeMembers),
        };

        await ProveAsync(scenario);
    }

    [TestMethod]
    public async Task Schedule_filling_a_batch_survives_every_fault_and_a_rerun_converges()
    {
        var now = FaultScenario.DefaultNow;
        var scenario = new FaultScenario(
            "schedule (3 applications, 14 days ahead)",
            state =>
            {
                var repository = state.AddRepository("pytorch-fdn", "ecosystem");
                var body = IntakeWorld.Body("complete");
                for (var i = 1; i <= 3; i++)
                {
                    repository.AddIssue($"[Ecosystem] Project {i}", body, "applicant" + i, ["New"], now.AddDays(-30 + i));
                }
            },
            "schedule",
            _ => EventPayloads.Schedule(),
            "schedule")
        {
            Prepare = (run, _) => run.WithApplicationTemplate().WithFile(".github/ecosystem.yml", """
                sessions:
                  dates: ["2026-12-11"]
                  batch:
                    min: 1
                    max: 2
                """),
        };

        await ProveAsync(scenario);
    }

    private const string ThreeMembers = """
        people:
          staff:
            users: ["staff-alice"]
          working-group:
            users: ["bob", "carol", "dave"]
        voting:
          close-after-days: 0
        """;

    /// <summary>An application in review whose vote staff closed a day ago at two approvals of three members.</summary>
    private static Issue AddClosedVote(Repository repository, DateTimeOffset now)
    {
        var issue = repository.AddIssue("[Ecosystem] TorchRender", IntakeWorld.Body("complete"), "alice", ["In review"], now.AddDays(-20));
        issue.AddComment("staff-alice", "/vote open", at: now.AddDays(-3));
        issue.AddComment("bob", "/vote approve", at: now.AddDays(-2));
        issue.AddComment("carol", "/vote approve", at: now.AddDays(-2));
        issue.AddComment("dave", "/vote decline not yet maintained long enough", at: now.AddDays(-2));
        issue.AddComment("staff-alice", "/vote close", at: now.AddDays(-1));
        return issue;
    }

    private static FaultScenario IntakeScenario(string name, string issue) => new(
        name,
        SeedIntake,
        "workflow_dispatch",
        _ => EventPayloads.WorkflowDispatch(new Dictionary<string, string> { ["issue"] = issue }),
        "validate")
    {
        Prepare = (run, server) => run.WithApplicationTemplate().WithFile(".github/ecosystem.yml", $"""
            requirements:
              package-indexes:
                pypi: "{server.ApiUri}"
                conda: "{server.ApiUri}conda"
            """),
    };

    private static void SeedIntake(GitHubState state)
    {
        var now = FaultScenario.DefaultNow;
        var process = state.AddRepository("pytorch-fdn", "ecosystem");
        state.AddUser("janedoe");
        state.AddUser("rajpatel");
        var applicant = state.AddRepository("torchrender", "torchrender")
            .WithStars(350)
            .WithLicense("BSD-3-Clause")
            .WithFiles("LICENSE", "README.md", "CONTRIBUTING.md", ".github/CODEOWNERS", "CODE_OF_CONDUCT.md", ".github/workflows/ci.yml");
        for (var i = 0; i < 10; i++)
        {
            applicant.WithCommit(now.AddDays(-1 - i), "janedoe@example.org", i % 2 == 0 ? "janedoe" : "rajpatel");
        }

        state.AddPyPIPackage("torchrender", "0.4.0");
        process.AddIssue("[Ecosystem] TorchRender", IntakeWorld.Body("complete"), "janedoe", ["New"], now.AddDays(-2));
        process.AddIssue("[Ecosystem] TorchRender again", IntakeWorld.Body("missing-contact-emails"), "janedoe", ["New"], now.AddDays(-1));
    }

    private async Task ProveAsync(FaultScenario scenario)
    {
        var report = await FaultProof.RunAsync(scenario);

        TestContext.WriteLine(report.ToString());
        Assert.AreEqual(report.BaselineRequests * InjectedFault.All.Count, report.FaultedRuns);
        Assert.IsGreaterThan(0, report.FailedClearly + report.CompletedDespiteFault);
    }
}
