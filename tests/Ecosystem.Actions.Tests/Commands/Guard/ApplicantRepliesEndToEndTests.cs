using Ecosystem.Actions.Tests.EndToEnd;

namespace Ecosystem.Actions.Tests.Commands.Guard;

/// <summary>An applicant's answer ends the wait and tells the Working Group, once; nobody else's does.</summary>
[TestClass]
public sealed class ApplicantRepliesEndToEndTests
{
    private const string Waiting = "Waiting on comment";

    [TestMethod]
    public async Task A_reply_from_a_stranger_does_not_clear_the_waiting_label()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = WaitingApplication(scenario, scheduledBefore: false);
        var comment = issue.AddComment("mallory", "Looks great to me!");

        var result = await scenario.OnCommentAsync(comment);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.Contains(issue.Labels.ToArray(), Waiting);
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        Assert.AreEqual("[]", result.Outputs["rerun-intake"]);
    }

    /// <summary>
    /// The author of an issue that is no application, which staff labelled waiting, answers: the guard took the label off,
    /// told the whole Working Group an applicant had answered and asked for intake again, which then found no application.
    /// </summary>
    [TestMethod]
    public async Task A_reply_on_an_issue_that_is_no_application_pings_nobody()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.Repository.AddIssue("Update the TorchRender landscape entry", "Our logo changed; please use the new one.", "alice",
            at: World.Now.AddDays(-10));
        issue.AddLabel(Waiting, World.Staff, World.Now.AddDays(-5));

        var result = await scenario.OnCommentAsync(issue.AddComment("alice", "Here is the new logo."));

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        CollectionAssert.Contains(issue.Labels.ToArray(), Waiting);
        Assert.AreEqual("[]", result.Outputs["rerun-intake"]);
        StringAssert.Contains(result.Stdout, $"#{issue.Number} is not an application");
    }

    [TestMethod]
    public async Task The_authors_reply_clears_the_wait_marks_Returning_and_pings_the_Working_Group_once()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = WaitingApplication(scenario, scheduledBefore: true);
        var reply = issue.AddComment("alice", "We added a CODEOWNERS file.");

        var result = await scenario.OnCommentAsync(reply);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "Returning" }, issue.Labels.ToArray());
        var ping = World.CommentsBy(issue, World.Automation).Single();
        StringAssert.Contains(ping.Body, "@pytorch-fdn/ecosystem-wg");
        StringAssert.Contains(ping.Body, "**Returning**");
        Assert.AreEqual($"[{issue.Number}]", result.Outputs["rerun-intake"]);
        StringAssert.Contains(result.Stdout, $"::notice::#{issue.Number}: the applicant answered");
        Assert.HasCount(3, result.WriteRequests, "add Returning, remove the waiting label, post the ping: " + result);

        // Staff ask again, the author answers again: the group is told again, in a new comment (an edit notifies nobody), once.
        scenario.Time.Advance(TimeSpan.FromDays(1));
        issue.AddLabel(Waiting, World.Staff);
        scenario.Time.Advance(TimeSpan.FromHours(2));
        var answer = issue.AddComment("alice", "And a CODE_OF_CONDUCT.");
        var again = await scenario.OnCommentAsync(answer);

        Assert.AreEqual(0, again.ExitCode, again.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "Returning" }, issue.Labels.ToArray());
        Assert.HasCount(2, World.CommentsBy(issue, World.Automation));
        StringAssert.Contains(World.CommentsBy(issue, World.Automation).Last().Body, "@pytorch-fdn/ecosystem-wg");
        CollectionAssert.AreEquivalent(
            new[] { "POST", "DELETE" }, again.WriteRequests.Select(r => r.Method).ToArray(), "the ping, the label: " + again);
        Assert.IsEmpty((await scenario.OnCommentAsync(answer)).WriteRequests, "a rerun pings nobody twice");
    }

    [TestMethod]
    public async Task With_remove_waiting_on_reply_false_the_reply_keeps_the_waiting_label_and_still_pings_and_reruns_intake()
    {
        await using var scenario = await World.Guard()
            .WithConfiguration(World.Fixture("Commands/Guard/Fixtures/ecosystem.yml") + "\nlabels:\n  remove-waiting-on-reply: false\n").StartAsync();
        var issue = WaitingApplication(scenario, scheduledBefore: true);

        var result = await scenario.OnCommentAsync(issue.AddComment("alice", "We added a CODEOWNERS file."));

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "Returning", Waiting }, issue.Labels.ToArray());
        Assert.IsFalse(result.WriteRequests.Any(r => r.Method == "DELETE"), "no label removal request: " + result);
        Assert.HasCount(2, result.WriteRequests, "add Returning, post the ping: " + result);
        StringAssert.Contains(World.CommentsBy(issue, World.Automation).Single().Body, $"**{Waiting}** label stays until you remove it");
        Assert.AreEqual($"[{issue.Number}]", result.Outputs["rerun-intake"]);
    }

    [TestMethod]
    public async Task A_listed_maintainers_reply_counts_and_an_unscheduled_application_is_not_Returning()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = WaitingApplication(scenario, scheduledBefore: false);

        var result = await scenario.OnCommentAsync(issue.AddComment("rajpatel", "Answered above."));

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEqual(new[] { "New" }, issue.Labels.ToArray());
        Assert.DoesNotContain("Returning", World.CommentsBy(issue, World.Automation).Single().Body);
    }

    [TestMethod]
    public async Task Run_twice_the_second_run_writes_nothing()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = WaitingApplication(scenario, scheduledBefore: true);
        var reply = issue.AddComment("alice", "Done.");

        await scenario.OnCommentAsync(reply);
        var second = await scenario.OnCommentAsync(reply);

        Assert.AreEqual(0, second.ExitCode, second.ToString());
        Assert.IsEmpty(second.WriteRequests, second.ToString());
    }

    [TestMethod]
    public async Task Dry_run_writes_nothing()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = WaitingApplication(scenario, scheduledBefore: true);

        var result = await scenario.OnCommentAsync(issue.AddComment("alice", "Done."), "--dry-run");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        CollectionAssert.Contains(issue.Labels.ToArray(), Waiting);
        StringAssert.Contains(result.Stdout, "Dry run: 3 writes planned, none sent:");
    }

    private static TestServer.State.Issue WaitingApplication(World scenario, bool scheduledBefore)
    {
        var issue = scenario.AddApplication(World.Now.AddDays(-20), "New");
        if (scheduledBefore)
        {
            issue.AddLabel("In review", World.Staff, World.Now.AddDays(-10));
            issue.RemoveLabel("In review", World.Staff, World.Now.AddDays(-6));
        }

        issue.AddLabel(Waiting, World.Staff, World.Now.AddDays(-5));
        return issue;
    }
}
