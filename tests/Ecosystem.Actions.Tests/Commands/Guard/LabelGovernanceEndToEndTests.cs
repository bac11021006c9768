using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Commands.Guard;

/// <summary>Only staff, the Working Group and the automation change labels; anyone else's change is undone.</summary>
[TestClass]
public sealed class LabelGovernanceEndToEndTests
{
    [TestMethod]
    public async Task Non_member_adding_Accepted_is_reverted_with_one_comment_and_a_second_attempt_adds_no_comment()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-3), "New");
        issue.AddLabel("Accepted", "mallory");

        var first = await scenario.LabelChangedAsync(issue, "Accepted", "mallory");

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        CollectionAssert.AreEqual(new[] { "New" }, issue.Labels.ToArray());
        var explanation = World.CommentsBy(issue, World.Automation).Single();
        StringAssert.Contains(explanation.Body, "set by PyTorch Foundation staff and members of the Ecosystem Working Group");
        CollectionAssert.AreEqual(
            new[] { "POST", "DELETE" },
            first.WriteRequests.Select(r => r.Method).ToArray(),
            "post the explanation, then remove the label (the applier writes comments first)");
        Assert.AreEqual($"[{issue.Number}]", first.Outputs["changed"]);
        Assert.HasCount(8, first.Requests, "people (2), issue, timeline, comments, two writes, the comments again after the post: " + first);

        scenario.Time.Advance(TimeSpan.FromHours(1));
        issue.AddLabel("Accepted", "mallory");
        var second = await scenario.LabelChangedAsync(issue, "Accepted", "mallory");

        Assert.AreEqual(0, second.ExitCode, second.ToString());
        CollectionAssert.AreEqual(new[] { "New" }, issue.Labels.ToArray());
        Assert.HasCount(1, World.CommentsBy(issue, World.Automation));
        Assert.HasCount(1, second.WriteRequests, "only the label removal: the explanation is already there");
        Assert.AreEqual("DELETE", second.WriteRequests[0].Method);
    }

    [TestMethod]
    public async Task Non_member_removing_a_label_gets_it_back()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-3), "New", "In review");
        issue.RemoveLabel("In review", "mallory");

        var result = await scenario.LabelChangedAsync(issue, "In review", "mallory", added: false);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "In review" }, issue.Labels.ToArray());
        Assert.HasCount(1, World.CommentsBy(issue, World.Automation));
    }

    /// <summary>
    /// Both event runs come after both changes, the label present at each: the outsider's changes undo each other, so the
    /// label staff set stays, and nothing is written then or on a second run.
    /// </summary>
    [TestMethod]
    public async Task An_outsider_putting_back_a_label_they_removed_undoes_nothing()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-3), "New");
        issue.AddLabel("In review", World.Staff, World.Now.AddDays(-2));
        issue.RemoveLabel("In review", "mallory", World.Now.AddMinutes(-2));
        issue.AddLabel("In review", "mallory", World.Now.AddMinutes(-1));

        var removal = await scenario.LabelChangedAsync(issue, "In review", "mallory", added: false);
        var putBack = await scenario.LabelChangedAsync(issue, "In review", "mallory");
        var rerun = await scenario.LabelChangedAsync(issue, "In review", "mallory");

        foreach (var run in new[] { removal, putBack, rerun })
        {
            Assert.AreEqual(0, run.ExitCode, run.ToString());
            Assert.IsEmpty(run.WriteRequests, run.ToString());
        }

        CollectionAssert.AreEquivalent(new[] { "New", "In review" }, issue.Labels.ToArray());
        Assert.IsEmpty(World.CommentsBy(issue, World.Automation));
        StringAssert.Contains(removal.Stdout, $"#{issue.Number}: @mallory removing label 'In review' is already undone.");
        StringAssert.Contains(putBack.Stdout, $"#{issue.Number}: kept @mallory adding label 'In review': it puts the label back as it was before");
        Assert.HasCount(4, putBack.Requests, "people (2), issue, timeline: nothing to undo, so no comments: " + putBack);
    }

    /// <summary>The mirror: a label the outsider added and took off again was never there for staff; nothing comes back.</summary>
    [TestMethod]
    public async Task An_outsider_taking_off_a_label_they_added_undoes_nothing()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-3), "New");
        issue.AddLabel("Accepted", "mallory", World.Now.AddMinutes(-2));
        issue.RemoveLabel("Accepted", "mallory", World.Now.AddMinutes(-1));

        var added = await scenario.LabelChangedAsync(issue, "Accepted", "mallory");
        var takenOff = await scenario.LabelChangedAsync(issue, "Accepted", "mallory", added: false);

        foreach (var run in new[] { added, takenOff })
        {
            Assert.AreEqual(0, run.ExitCode, run.ToString());
            Assert.IsEmpty(run.WriteRequests, run.ToString());
        }

        CollectionAssert.AreEqual(new[] { "New" }, issue.Labels.ToArray());
        Assert.IsEmpty(World.CommentsBy(issue, World.Automation));
    }

    [TestMethod]
    [DataRow(World.Automation, "kept adding label 'Accepted': the automation made it.")]
    [DataRow(World.Staff, "kept @staff-alice adding label 'Accepted': staff or Working Group.")]
    [DataRow(World.WorkingGroupMember, "kept @bob adding label 'Accepted': staff or Working Group.")]
    public async Task A_trusted_change_is_kept_without_reading_the_issue(string actor, string summary)
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-3), "New");
        issue.AddLabel("Accepted", actor);

        var result = await scenario.LabelChangedAsync(issue, "Accepted", actor);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "Accepted" }, issue.Labels.ToArray());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        Assert.HasCount(2, result.Requests, "only who may act (team members, viewer); the issue is not read: " + result);
        Assert.AreEqual("0", result.Outputs["writes"]);
        StringAssert.Contains(result.Stdout, $"#{issue.Number}: {summary}", "the domain's text, naming who is trusted");
    }

    [TestMethod]
    public async Task The_form_New_label_at_opening_is_not_a_change_by_the_applicant()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now);
        issue.AddLabel("New", "alice", World.Now.AddSeconds(2));

        var result = await scenario.LabelChangedAsync(issue, "New", "alice");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEqual(new[] { "New" }, issue.Labels.ToArray());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
    }

    [TestMethod]
    [DataRow(true, DisplayName = "application.label names it: kept")]
    [DataRow(false, DisplayName = "no application.label: undone")]
    public async Task The_application_label_preset_by_the_form_at_opening_is_kept_only_when_configured(bool configured)
    {
        await using var scenario = await World.Guard().StartAsync();
        if (configured)
        {
            scenario.Run.WithFile(".github/ecosystem.yml", World.Fixture("Commands/Guard/Fixtures/ecosystem.yml") + "\napplication:\n  label: ecosystem-application\n");
        }

        var issue = scenario.AddApplication(World.Now);
        issue.AddLabel("New", "alice", World.Now.AddSeconds(2));
        issue.AddLabel("ecosystem-application", "alice", World.Now.AddSeconds(2));

        var result = await scenario.LabelChangedAsync(issue, "ecosystem-application", "alice");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual(configured, issue.Labels.Contains("ecosystem-application"), result.ToString());
        Assert.AreEqual(configured, result.WriteRequests.Count == 0, result.ToString());
    }

    /// <summary>
    /// people.automation lists the app <c>renovate[bot]</c>; a person whose login is <c>renovate</c> is not that app: the
    /// event run (REST) undoes the person's change and keeps the app's.
    /// </summary>
    [TestMethod]
    public async Task A_person_named_like_a_configured_bot_is_not_that_bot()
    {
        await using var scenario = await World.Guard().StartAsync();
        scenario.Run.WithFile(".github/ecosystem.yml", BotConfigured);
        scenario.State.AddUser("renovate[bot]", UserKind.Bot);
        var issue = scenario.AddApplication(World.Now.AddDays(-3), "New");
        issue.AddLabel("question", "renovate[bot]");
        issue.AddLabel("Accepted", "renovate");

        var bot = await scenario.LabelChangedAsync(issue, "question", "renovate[bot]");
        var person = await scenario.LabelChangedAsync(issue, "Accepted", "renovate");

        Assert.AreEqual(0, bot.ExitCode, bot.ToString());
        Assert.IsEmpty(bot.WriteRequests, bot.ToString());
        Assert.AreEqual(0, person.ExitCode, person.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "question" }, issue.Labels.ToArray(), person.ToString());
        StringAssert.Contains(person.Stdout, "undid @renovate adding label 'Accepted'");
    }

    /// <summary>The guard's configuration with people.automation naming one app, as <c>name[bot]</c>.</summary>
    internal static string BotConfigured =>
        World.Fixture("Commands/Guard/Fixtures/ecosystem.yml")
            .Replace("people:\n", "people:\n  automation: [\"renovate[bot]\"]\n", StringComparison.Ordinal);

    [TestMethod]
    public async Task Dry_run_sends_no_write_and_prints_the_planned_ones()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-3), "New");
        issue.AddLabel("Accepted", "mallory");

        var result = await scenario.LabelChangedAsync(issue, "Accepted", "mallory", true, "--dry-run");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "Accepted" }, issue.Labels.ToArray());
        StringAssert.Contains(result.Stdout, "Dry run: 2 writes planned, none sent:");
    }

    [TestMethod]
    public async Task Other_issue_actions_are_nothing_to_guard_and_send_no_request()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now);

        var result = await scenario.Run.RunAsync("issues", EventPayloads.Issues("opened", issue), "guard");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.Requests, result.ToString());
    }

    [TestMethod]
    public async Task A_label_event_without_its_label_is_a_setup_error_naming_the_field_not_a_usage_error()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now);
        var withoutLabel = new EventPayload(webhooks =>
        {
            var payload = webhooks.Issues("labeled", issue, "alice", "New");
            payload.Remove("label");
            return payload;
        });

        var result = await scenario.Run.RunAsync("issues", withoutLabel, "guard");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout + result.Stderr, "event payload in");
        StringAssert.Contains(result.Stdout + result.Stderr, "has no 'label'.");
        Assert.DoesNotContain("Usage:", result.Stdout + result.Stderr, "the command line was right: no help");
        Assert.IsEmpty(result.Requests);
    }

    [TestMethod]
    public async Task An_event_guard_is_not_made_for_is_a_usage_error_naming_it()
    {
        await using var scenario = await World.Guard().StartAsync();

        var result = await scenario.Run.RunAsync("push", new { @ref = "refs/heads/main" }, "guard");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout + result.Stderr, "not on `push`");
        Assert.IsEmpty(result.Requests);
    }
}
