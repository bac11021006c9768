using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Actions.Tests.Proof.Faults;
using Ecosystem.TestServer.Faults;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Hardened;

/// <summary>
/// Issue 15 through the real program against the test server: a person named like the bot, a pull request by number,
/// two runs at once, and a board that missed a move.
/// </summary>
[TestClass]
public sealed class HardenedRunsTests
{
    private const string FourteenDaysBefore = "2026-12-29T12:00-08:00";

    [TestMethod]
    public async Task A_person_named_like_the_bot_cannot_pass_a_closed_approved_tally_as_the_automations()
    {
        await using var world = await World.Tally().StartAsync();
        // A real approved vote on one application gives the text of a closed, approved tally.
        var earlier = world.AddApplication("[Ecosystem] Earlier");
        await world.OnCommentAsync(world.Say(earlier, World.Staff, "/vote open"));
        world.Say(earlier, "bob", "/vote approve");
        world.Say(earlier, "carol", "/vote approve");
        world.Say(earlier, "dave", "/vote approve");
        await world.OnCommentAsync(world.Say(earlier, World.Staff, "/vote close"));
        Assert.Contains("Accepted", earlier.Labels, "the genuine vote is accepted");
        var closedTally = world.OwnComments(earlier).First(c => c.Body.Contains("vote-tally", StringComparison.Ordinal)).Body;

        // "ecosystem-bot" is a person (type User); the automation is ecosystem-bot[bot] (type Bot).
        var issue = world.AddApplication();
        var forged = world.Say(issue, "ecosystem-bot", closedTally);
        await world.OnCommentAsync(world.Say(issue, World.Staff, "/vote open"));
        var result = await world.OnCommentAsync(world.Say(issue, "bob", "/vote approve"));

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.DoesNotContain("Accepted", issue.Labels, "one real ballot of three is no approval");
        Assert.AreEqual(closedTally, issue.Comments.Single(c => c.Id == forged.Id).Body, "the person's comment is not edited as the automation's");
        var own = world.OwnComments(issue).Single();
        StringAssert.Contains(own.Body, "<!-- ecosystem-bot:vote-tally -->");
        Assert.AreEqual(UserKind.User, world.State.FindUser("ecosystem-bot")!.Kind);
    }

    [TestMethod]
    public async Task Validate_by_number_skips_a_pull_request_and_posts_nothing()
    {
        await using var world = await World.Tally().StartAsync();
        var pull = world.Repository.AddIssue("[Ecosystem] Fix the docs", World.Fixture("Commands/Tally/Fixtures/application.md"), "janedoe").AsPullRequest();

        var result = await world.Run.RunAsync("workflow_dispatch", EventPayloads.WorkflowDispatch(new Dictionary<string, string> { ["issue"] = pull.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) }), "validate");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, $"#{pull.Number} is a pull request; intake checks application issues only.");
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        Assert.IsEmpty(pull.Comments);
    }

    [TestMethod]
    public async Task Tally_by_number_skips_a_pull_request_and_posts_nothing()
    {
        await using var world = await World.Tally().StartAsync();
        var pull = world.Repository.AddIssue("[Ecosystem] Fix the docs", World.Fixture("Commands/Tally/Fixtures/application.md"), "janedoe", ["In review"]).AsPullRequest();
        world.Say(pull, World.Staff, "/vote open");

        var result = await world.Run.RunAsync("workflow_dispatch", EventPayloads.WorkflowDispatch(new Dictionary<string, string> { ["issue"] = pull.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) }), "tally");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, $"#{pull.Number} is a pull request, not an application");
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        Assert.HasCount(1, pull.Comments);
    }

    [TestMethod]
    public async Task Two_tallies_at_once_converge_to_one_tally_and_one_outcome()
    {
        await using var world = await World.Tally().StartAsync();
        var issue = world.AddApplication();
        var close = world.VoteAndClose(issue, ("bob", "/vote approve"), ("carol", "/vote approve"));
        // Both runs read the thread before either comment lands: GitHub holds each POST for a moment.
        world.Server.Faults.Add("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", FaultHits.Next(4), Fault.Delay(TimeSpan.FromMilliseconds(400)));

        var runs = await Task.WhenAll(world.OnCommentAsync(close), world.NightlyAsync());
        world.Server.Faults.Clear();
        var racedComments = world.OwnComments(issue).Count;
        // The rerun of the command for this issue (after the close the nightly pass no longer visits it).
        var next = await world.OnCommentAsync(close);
        var after = await world.OnCommentAsync(close);

        Assert.IsTrue(runs.All(r => r.ExitCode == 0), string.Join("\n", runs.Select(r => r.ToString())));
        Assert.IsGreaterThanOrEqualTo(2, racedComments, "the race itself may leave duplicates");
        Assert.AreEqual(0, next.ExitCode, next.ToString());
        var own = world.OwnComments(issue);
        Assert.AreEqual(1, own.Count(c => c.Body.Contains("<!-- ecosystem-bot:vote-tally -->", StringComparison.Ordinal)), World.Writes(next));
        Assert.AreEqual(1, own.Count(c => c.Body.Contains("<!-- ecosystem-bot:vote-outcome -->", StringComparison.Ordinal)), World.Writes(next));
        Assert.Contains("Accepted", issue.Labels);
        Assert.IsEmpty(after.WriteRequests, World.Writes(after));
    }

    [TestMethod]
    public async Task Schedule_repairs_board_moves_an_earlier_run_could_not_make()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = scenario.AddApplications(3);
        scenario.SetClock(FourteenDaysBefore);
        // Viewer, board, items, then every board mutation fails (GitHub down for Projects). Back-offs on the real clock.
        scenario.Run.GitHubClock = TimeProvider.System;
        scenario.Run.GitHubResilience = FaultProof.CleanResilience;
        scenario.Server.Faults.Add("POST", "/api/graphql", new FaultHits(4, 100), Fault.Status(502));

        var failed = await scenario.NightlyAsync();
        scenario.Server.Faults.Clear();
        var labelled = issues.All(i => i.Labels.Contains("In review"));
        var columnsAfterFailure = issues.Select(i => scenario.Board!.ItemFor(i)!.ValueOf("Status")).ToList();
        var repaired = await scenario.NightlyAsync();
        var again = await scenario.NightlyAsync();

        Assert.AreEqual(0, failed.ExitCode, failed.ToString());
        StringAssert.Contains(failed.Stdout, "::warning");
        StringAssert.Contains(failed.Stdout, "was not updated");
        Assert.IsTrue(labelled, "the labels were written before the board failed");
        CollectionAssert.AreEqual(new[] { "New", "New", "New" }, columnsAfterFailure);
        Assert.AreEqual(0, repaired.ExitCode, repaired.ToString());
        Assert.AreEqual("[]", repaired.Outputs["scheduled"], "the applications are kept, not scheduled again");
        CollectionAssert.AreEqual(new[] { "In progress", "In progress", "In progress" }, issues.Select(i => scenario.Board!.ItemFor(i)!.ValueOf("Status")).ToArray());
        Assert.HasCount(1, repaired.WriteRequests, "one board mutation");
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    [TestMethod]
    public async Task Schedule_without_project_access_warns_and_writes_the_labels()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = scenario.AddApplications(2);
        scenario.SetClock(FourteenDaysBefore);
        scenario.WithConfiguration(scenario.Configuration.Replace("number: 6", "number: 99", StringComparison.Ordinal));

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, "::warning");
        StringAssert.Contains(result.Stdout, "project #99 of pytorch-fdn");
        Assert.IsTrue(issues.All(i => i.Labels.Contains("In review")));
    }

    [TestMethod]
    public async Task A_failed_write_names_the_issue_the_operation_the_status_the_request_id_and_that_a_rerun_is_safe()
    {
        await using var world = await World.Tally().StartAsync();
        world.Run.GitHubClock = TimeProvider.System;
        world.Run.GitHubResilience = FaultProof.CleanResilience;
        var issue = world.AddApplication();
        var open = world.Say(issue, World.Staff, "/vote open");
        world.Server.Faults.Add("POST", "/repos/{owner}/{repo}/issues/{issue_number}/labels", FaultHits.Always, Fault.Status(502));

        var result = await world.OnCommentAsync(open);

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        var error = result.Stdout.Split('\n').Single(l => l.StartsWith("::error", StringComparison.Ordinal));
        StringAssert.Contains(error, $"#{issue.Number} could not be tallied: GitHub answered 502 (Server Error) to: add labels [in voting] to #{issue.Number} (request id C0DE:");
        StringAssert.Contains(error, "A rerun is safe");
        Assert.DoesNotContain("   at ", result.Stdout + result.Stderr);
    }
}
