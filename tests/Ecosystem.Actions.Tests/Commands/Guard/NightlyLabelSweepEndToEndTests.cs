using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Domain;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Text;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Commands.Guard;

/// <summary>The nightly guard undoes label changes whose event run failed or was dropped.</summary>
[TestClass]
public sealed class NightlyLabelSweepEndToEndTests
{
    private const string Waiting = "Waiting on comment";

    [TestMethod]
    public async Task An_outsiders_Accepted_whose_event_run_was_lost_is_reverted_by_the_nightly_guard_and_a_rerun_writes_nothing()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-3), "New");
        issue.AddLabel("Accepted", "mallory");
        scenario.Time.Advance(TimeSpan.FromHours(20)); // the labeled event's run never happened

        var night = await scenario.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        CollectionAssert.AreEqual(new[] { "New" }, issue.Labels.ToArray());
        StringAssert.Contains(World.CommentsBy(issue, World.Automation).Single().Body, "set by PyTorch Foundation staff and members of the Ecosystem Working Group");
        CollectionAssert.AreEqual(new[] { "POST", "DELETE" }, night.WriteRequests.Select(r => r.Method).ToArray(), night.ToString());
        StringAssert.Contains(night.Stdout, "undid @mallory adding label 'Accepted'");
        Assert.AreEqual($"[{issue.Number}]", night.Outputs["changed"]);

        scenario.Time.Advance(TimeSpan.FromDays(1));
        var rerun = await scenario.NightlyAsync();

        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        Assert.IsEmpty(rerun.WriteRequests, rerun.ToString());
        Assert.HasCount(1, World.CommentsBy(issue, World.Automation));
    }

    /// <summary>
    /// A declined application, closed by staff; an outsider adds Accepted and the event run is lost. The nightly read holds
    /// closed issues too: the label goes that night (no request more than the undo), not never.
    /// </summary>
    [TestMethod]
    public async Task An_outsiders_Accepted_on_a_closed_application_whose_event_run_was_lost_is_reverted_by_the_nightly_guard()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-40), "Declined");
        issue.Close(World.Staff, "not_planned", World.Now.AddDays(-30));
        issue.AddLabel("Accepted", "mallory", World.Now.AddDays(-2));

        var night = await scenario.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        CollectionAssert.AreEqual(new[] { "Declined" }, issue.Labels.ToArray(), night.ToString());
        CollectionAssert.AreEqual(new[] { "POST", "DELETE" }, night.WriteRequests.Select(r => r.Method).ToArray(), night.ToString());
        StringAssert.Contains(night.Stdout, "undid @mallory adding label 'Accepted'");

        scenario.Time.Advance(TimeSpan.FromDays(1));
        var rerun = await scenario.NightlyAsync();

        Assert.IsEmpty(rerun.WriteRequests, rerun.ToString());
    }

    /// <summary>
    /// The undone issue is not read again, neither itself nor its comments nor its timeline: the wait is reviewed on the
    /// issue as the undo left it, dated from the staff's add the timeline as read holds (the label put back is no new add).
    /// </summary>
    [TestMethod]
    public async Task A_wait_put_back_at_night_is_reviewed_without_reading_the_issue_again()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = WaitingRemovedByAnOutsider(scenario);

        var night = await scenario.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", Waiting }, issue.Labels.ToArray());
        StringAssert.Contains(World.CommentsBy(issue, World.Automation).Last().Body, "waiting for an answer from you since 2026-10-23");
        // Its comments are read only after each post (another run may have posted the same): never the issue or its timeline.
        var issueRead = $"/issues/{issue.Number}";
        Assert.IsFalse(night.Requests.Any(r => r.Method == "GET" && r.Path.Contains(issueRead, StringComparison.Ordinal) && !r.Path.EndsWith("/comments", StringComparison.Ordinal)), night.ToString());
        Assert.HasCount(8, night.Requests, "people (2), one page of the issues, the undo (2), the reminder, each post's read: " + night);
    }

    /// <summary>An undo that writes only labels: the timeline is not read again either.</summary>
    [TestMethod]
    public async Task A_wait_put_back_after_the_explanation_was_given_reads_nothing_again()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = WaitingRemovedByAnOutsider(scenario);
        var text = Template.Load(LabelGovernance.Purpose).Render(Template.Record(new Foundation().Values));
        var explanation = HiddenMarker.Stamp(LabelGovernance.Purpose, text);
        issue.AddComment(World.Automation, explanation, UserKind.Bot, World.Now.AddDays(-20));

        var night = await scenario.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", Waiting }, issue.Labels.ToArray());
        StringAssert.Contains(World.CommentsBy(issue, World.Automation).Last().Body, "waiting for an answer from you since 2026-10-23");
        Assert.HasCount(6, night.Requests, "people (2), one page of the issues, the label put back, the reminder and its read: " + night);
    }

    /// <summary>
    /// A dry run writes nothing, yet plans the steps after the sweep on the issue as the undo would leave it: the wait put
    /// back is reminded in its plan as in the real run, write for write.
    /// </summary>
    [TestMethod]
    public async Task A_dry_run_plans_what_the_real_run_writes_after_an_undo()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = WaitingRemovedByAnOutsider(scenario);

        var dry = await scenario.NightlyAsync("--dry-run");
        var real = await scenario.NightlyAsync();

        Assert.AreEqual(0, dry.ExitCode, dry.ToString());
        Assert.IsEmpty(dry.WriteRequests, dry.ToString());
        string[] planned = [.. Lines(dry).Where(l => l.StartsWith("  - ", StringComparison.Ordinal))];
        var number = issue.Number;
        string[] expected =
        [
            $"  - create comment on #{number} (label-governance)",
            $"  - add labels [{Waiting}] to #{number}",
            $"  - create comment on #{number} (stale-reminder)",
        ];
        CollectionAssert.AreEqual(expected, planned, dry.ToString());
        Assert.HasCount(planned.Length, real.WriteRequests, real.ToString());
        CollectionAssert.AreEqual(Steps(real), Steps(dry), "each step's summary and writes, planned as made: " + dry);
        Assert.AreEqual(real.Outputs["writes"], dry.Outputs["writes"]);
        Assert.AreEqual(real.Outputs["changed"], dry.Outputs["changed"]);
    }

    [TestMethod]
    public async Task A_later_change_by_staff_stands_and_changes_older_than_a_week_are_not_revisited()
    {
        await using var scenario = await World.Guard().StartAsync();
        var decided = scenario.AddApplication(World.Now.AddDays(-20), "New");
        decided.AddLabel("Accepted", "mallory", World.Now.AddDays(-2));
        decided.RemoveLabel("Accepted", World.Staff, World.Now.AddDays(-1));
        decided.AddLabel("Accepted", World.Staff, World.Now.AddDays(-1));
        var old = scenario.AddApplication(World.Now.AddDays(-30), "New");
        old.AddLabel("question", "mallory", World.Now.AddDays(-8));

        var night = await scenario.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        Assert.IsEmpty(night.WriteRequests, night.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "Accepted" }, decided.Labels.ToArray());
        CollectionAssert.AreEquivalent(new[] { "New", "question" }, old.Labels.ToArray());
    }

    /// <summary>As the event run does, the nightly read (GraphQL, where an app's login has no <c>[bot]</c>) tells the app from the person.</summary>
    [TestMethod]
    public async Task A_person_named_like_a_configured_bot_is_not_that_bot_at_night()
    {
        await using var scenario = await World.Guard().StartAsync();
        scenario.Run.WithFile(".github/ecosystem.yml", LabelGovernanceEndToEndTests.BotConfigured);
        scenario.State.AddUser("renovate[bot]", UserKind.Bot);
        var issue = scenario.AddApplication(World.Now.AddDays(-3), "New");
        issue.AddLabel("question", "renovate[bot]");
        issue.AddLabel("Accepted", "renovate");

        var night = await scenario.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "question" }, issue.Labels.ToArray(), night.ToString());
        StringAssert.Contains(night.Stdout, "undid @renovate adding label 'Accepted'");
    }

    private static string[] Lines(RunResult run) => run.Stdout.Split('\n');

    /// <summary>The log line of each step that wrote (or, in a dry run, planned) something.</summary>
    private static string[] Steps(RunResult run) => [.. Lines(run).Where(l => l.EndsWith(" write)", StringComparison.Ordinal) || l.EndsWith(" writes)", StringComparison.Ordinal))];

    /// <summary>
    /// Event runs lost: an outsider took off and put back a label the issue had (its add is older than the timeline shows),
    /// and added and took off another. Each pair undoes itself: nothing is written, that night or the next.
    /// </summary>
    [TestMethod]
    public async Task An_outsiders_changes_that_undo_each_other_are_nothing_to_undo()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-20), "New", "In review");
        issue.RemoveLabel("In review", "mallory", World.Now.AddDays(-2));
        issue.AddLabel("In review", "mallory", World.Now.AddDays(-1));
        issue.AddLabel("Accepted", "mallory", World.Now.AddDays(-2));
        issue.RemoveLabel("Accepted", "mallory", World.Now.AddDays(-1));

        var night = await scenario.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        Assert.IsEmpty(night.WriteRequests, night.ToString());
        StringAssert.Contains(night.Stdout, "on 1 issue, open or closed: nothing to undo.");
        CollectionAssert.AreEquivalent(new[] { "New", "In review" }, issue.Labels.ToArray());

        scenario.Time.Advance(TimeSpan.FromDays(1));
        var nextNight = await scenario.NightlyAsync();

        Assert.IsEmpty(nextNight.WriteRequests, nextNight.ToString());
    }

    /// <summary>Waiting on the applicant for 35 days, until an outsider took the label off yesterday and its event run was lost.</summary>
    private static Issue WaitingRemovedByAnOutsider(World scenario)
    {
        var issue = scenario.AddApplication(World.Now.AddDays(-40), "New");
        issue.AddLabel(Waiting, World.Staff, World.Now.AddDays(-35));
        issue.RemoveLabel(Waiting, "mallory", World.Now.AddDays(-1));
        return issue;
    }
}
