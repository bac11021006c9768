using System.Text.Json;
using Ecosystem.Actions.Tests.EndToEnd;

namespace Ecosystem.Actions.Tests.Commands.Guard;

/// <summary>
/// <c>/ecosystem returning</c> by the applicant brings a sent-back application back: labelled returning, intake asked
/// to run again, first in the next batch; anyone else is told who may ask.
/// </summary>
[TestClass]
public sealed class ReturningEndToEndTests
{
    private const string FourteenDaysBefore = "2026-12-29T12:00-08:00";

    [TestMethod]
    public async Task The_applicants_request_labels_it_reruns_intake_and_puts_it_first_in_the_next_batch()
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        var earlier = scenario.AddApplications(3);
        var declined = scenario.AddApplicationFor("Again");
        declined.RemoveLabel("New", World.Automation);
        declined.AddLabel("Declined", World.Automation, World.At("2026-10-25T12:00-08:00"));
        declined.Close(World.Automation, "not_planned");
        var request = declined.AddComment(declined.Author, "We addressed every reason given.\n\n/ecosystem returning");

        var guard = await scenario.Run.RunAsync("issue_comment", EventPayloads.IssueComment("created", declined, request), "guard");

        Assert.AreEqual(0, guard.ExitCode, guard.ToString());
        Assert.AreEqual("open", declined.State);
        CollectionAssert.AreEquivalent(new[] { "New", "Returning" }, declined.Labels.ToArray());
        Assert.AreEqual($"[{declined.Number}]", guard.Outputs["rerun-intake"]);
        StringAssert.Contains(declined.Comments.Last().Body, "<!-- ecosystem-bot:returning -->");

        var rerun = await scenario.Run.RunAsync("issue_comment", EventPayloads.IssueComment("created", declined, request), "guard");
        Assert.IsEmpty(rerun.WriteRequests, rerun.ToString());

        scenario.SetClock(FourteenDaysBefore);
        var schedule = await scenario.NightlyAsync();

        Assert.AreEqual(0, schedule.ExitCode, schedule.ToString());
        int[] expected = [declined.Number, .. earlier.Select(i => i.Number)];
        CollectionAssert.AreEqual(expected, JsonSerializer.Deserialize<int[]>(schedule.Outputs["scheduled"]));
    }

    [TestMethod]
    public async Task A_stranger_is_refused_with_a_reply_and_nothing_else_changes()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-20), "New", "Waiting on comment");
        var request = issue.AddComment("mallory", "/ecosystem returning");

        var result = await scenario.OnCommentAsync(request);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "Waiting on comment" }, issue.Labels.ToArray());
        var reply = World.CommentsBy(issue, World.Automation).Single();
        StringAssert.Contains(reply.Body, "<!-- ecosystem-bot:returning-refused -->");
        StringAssert.Contains(reply.Body, "Only the applicant, a maintainer listed in the application, or PyTorch Foundation staff");
        Assert.AreEqual("[]", result.Outputs["rerun-intake"]);
        Assert.HasCount(1, result.WriteRequests, result.ToString());
        Assert.IsFalse(ReadsLabelEvents(result), "a refused request needs no label events: " + result);
    }

    /// <summary>The applicant asking while the application is not sent back: nothing to do, and nothing read for it.</summary>
    [TestMethod]
    public async Task The_applicants_request_while_not_sent_back_reads_no_label_events()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-20), "In review");
        var request = issue.AddComment(issue.Author, "/ecosystem returning");

        var result = await scenario.OnCommentAsync(request);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        Assert.IsFalse(ReadsLabelEvents(result), result.ToString());
    }

    /// <summary>
    /// Back by the applicant's request, then set waiting again by staff: the old request's event replayed (its workflow run
    /// re-run, or delivered late) writes nothing, so the application stays sent back and does not jump the queue.
    /// </summary>
    [TestMethod]
    public async Task The_old_request_replayed_after_a_newer_wait_writes_nothing()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-20), "In review", "Waiting on comment");
        var request = issue.AddComment(issue.Author, "/ecosystem returning", at: World.Now.AddDays(-10));
        var returned = await scenario.OnCommentAsync(request);
        Assert.AreEqual($"[{issue.Number}]", returned.Outputs["rerun-intake"], returned.ToString());
        issue.RemoveLabel("New", World.Staff, World.Now.AddDays(-3)).AddLabel("Waiting on comment", World.Staff, World.Now.AddDays(-2));

        var replayed = await scenario.OnCommentAsync(request);

        Assert.AreEqual(0, replayed.ExitCode, replayed.ToString());
        Assert.IsEmpty(replayed.WriteRequests, replayed.ToString());
        Assert.AreEqual("[]", replayed.Outputs["rerun-intake"]);
        CollectionAssert.AreEquivalent(new[] { "Returning", "Waiting on comment" }, issue.Labels.ToArray());
    }

    [TestMethod]
    public async Task Returning_added_by_staff_brings_a_waiting_application_back_and_reruns_intake()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-20), "In review", "Waiting on comment");
        issue.AddLabel("Returning", World.Staff);

        var result = await scenario.LabelChangedAsync(issue, "Returning", World.Staff);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "Returning" }, issue.Labels.ToArray());
        Assert.AreEqual($"[{issue.Number}]", result.Outputs["rerun-intake"]);
    }

    private static bool ReadsLabelEvents(RunResult result) => result.Requests.Any(r => r.Path.EndsWith("/events", StringComparison.Ordinal));
}
