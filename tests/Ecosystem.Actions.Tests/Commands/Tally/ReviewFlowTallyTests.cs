using System.Globalization;
using Ecosystem.Actions.Tests.Commands.Validate;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;
using Ecosystem.TestServer.Faults;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Commands.Tally;

/// <summary>Voter reminders and the onboarding issue (also after an earlier declined vote), on the test server with exact request counts.</summary>
[TestClass]
public sealed class ReviewFlowTallyTests
{
    private static int Reads(RunResult result) => result.Requests.Count(r => !r.IsWrite);

    /// <summary>An application whose vote staff opened four days ago (a reminder is due), with <paramref name="ballots"/> cast.</summary>
    private static async Task<Issue> OpenedFourDaysAgoAsync(World world, params (string Voter, string Ballot)[] ballots)
    {
        var issue = world.AddApplication();
        var opened = world.Say(issue, World.Staff, "/vote open");
        await world.OnCommentAsync(opened);
        foreach (var (voter, ballot) in ballots)
        {
            await world.OnCommentAsync(world.Say(issue, voter, ballot));
        }

        world.Time.SetUtcNow(opened.CreatedAt.AddDays(4));
        return issue;
    }

    [TestMethod]
    public async Task Four_days_after_opening_one_reminder_pings_the_three_yet_to_vote_and_the_next_night_nothing()
    {
        await using var world = await World.Tally().WithConfiguration(World.FiveMembers).StartAsync();
        var issue = await OpenedFourDaysAgoAsync(world, ("bob", "/vote approve"), ("carol", "/vote decline the CI covers no GPU"));

        var night = await world.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        var reminder = world.OwnComments(issue).Single(c => c.Body.StartsWith("<!-- ecosystem-bot:vote-reminder-opened -->", StringComparison.Ordinal));
        StringAssert.Contains(reminder.Body, "@dave @erin @frank: ");
        Assert.DoesNotContain("@bob", reminder.Body);
        Assert.DoesNotContain("@carol", reminder.Body);
        // The reminder, then the tally's edit recording it as sent (so a reminder a person deletes is not posted again).
        Assert.HasCount(2, night.WriteRequests, night.ToString());
        // The viewer, one page of the issues in voting or in review with their comments, and the thread's comments since,
        // read after the reminder was posted (another run may have posted it too).
        Assert.AreEqual(3, Reads(night), string.Join("\n", night.Requests.Select(r => r.Method + " " + r.Path)));

        world.Time.Advance(TimeSpan.FromDays(1));
        var nextNight = await world.NightlyAsync();

        Assert.AreEqual(0, nextNight.ExitCode, nextNight.ToString());
        Assert.IsEmpty(nextNight.WriteRequests, nextNight.ToString());
        Assert.HasCount(1, world.OwnComments(issue).Where(c => c.Body.StartsWith("<!-- ecosystem-bot:vote-reminder", StringComparison.Ordinal)).ToList());
    }

    [TestMethod]
    public async Task A_reminder_another_run_posts_at_the_same_moment_leaves_one_reminder()
    {
        await using var world = await World.Tally().WithConfiguration(World.FiveMembers).StartAsync();
        var issue = await OpenedFourDaysAgoAsync(world);
        // The issue's own run (a comment just written) posts the same reminder after the nightly run read the comments.
        var theirs = HiddenMarker.Stamp("vote-reminder-opened", "@bob @carol @dave @erin @frank: the vote is open.");
        world.Server.Faults.Add("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", Fault.OtherWriteFirst(
            () => issue.AddComment(World.Automation, theirs, UserKind.Bot)));

        var night = await world.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        var reminder = world.OwnComments(issue).Single(c => c.Body.StartsWith("<!-- ecosystem-bot:vote-reminder", StringComparison.Ordinal));
        StringAssert.Contains(reminder.Body, "@bob @carol @dave @erin @frank: ");
        world.Time.Advance(TimeSpan.FromDays(1));
        var nextNight = await world.NightlyAsync();
        Assert.IsEmpty(nextNight.WriteRequests, nextNight.ToString());
    }

    /// <summary>
    /// Two runs posting the reminder at once leave two when the later one is cancelled between its post and the read after
    /// it, which would have deleted its twin: a reminder is posted once and never planned again, so the members saw it
    /// twice for good. The next night keeps the first and deletes the other, editing nothing.
    /// </summary>
    [TestMethod]
    public async Task A_twin_reminder_a_cancelled_run_left_is_deleted_the_next_night_and_the_first_kept()
    {
        await using var world = await World.Tally().WithConfiguration(World.FiveMembers).StartAsync();
        var issue = await OpenedFourDaysAgoAsync(world, ("bob", "/vote approve"));
        await world.NightlyAsync();
        var first = world.OwnComments(issue).Single(c => c.Body.StartsWith("<!-- ecosystem-bot:vote-reminder-opened -->", StringComparison.Ordinal));
        var text = first.Body;
        issue.AddComment(World.Automation, text, UserKind.Bot, first.CreatedAt.AddSeconds(1));

        world.Time.Advance(TimeSpan.FromDays(1));
        var night = await world.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        var reminders = world.OwnComments(issue).Where(c => c.Body.StartsWith("<!-- ecosystem-bot:vote-reminder", StringComparison.Ordinal)).ToList();
        Assert.AreEqual(first.Id, reminders.Single().Id);
        Assert.AreEqual(text, first.Body, "the kept reminder is not edited");
        Assert.HasCount(1, night.WriteRequests, night.ToString());
        Assert.AreEqual("DELETE", night.WriteRequests[0].Method, night.ToString());
        world.Time.Advance(TimeSpan.FromDays(1));
        Assert.IsEmpty((await world.NightlyAsync()).WriteRequests);
    }

    [TestMethod]
    public async Task Reminders_are_off_at_zero()
    {
        await using var world = await World.Tally().WithConfiguration(World.FiveMembers + "\n  remind-after-days: 0\n  remind-before-close-days: 0\n").StartAsync();
        var issue = world.AddApplication();
        var opened = world.Say(issue, World.Staff, "/vote open");
        await world.OnCommentAsync(opened);
        world.Time.SetUtcNow(opened.CreatedAt.AddDays(4));

        var night = await world.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        Assert.IsEmpty(night.WriteRequests, night.ToString());
    }

    [TestMethod]
    public async Task Staff_GitHub_does_not_assign_to_the_onboarding_issue_are_a_warning()
    {
        await using var world = await World.Tally().StartAsync();
        var application = world.AddApplication();
        // GitHub opens the issue as asked, only without staff-alice: no access to the repository.
        world.Repository.WithoutAccess(World.Staff);
        var close = world.VoteAndClose(application, ("bob", "/vote approve"), ("carol", "/vote approve"));

        var result = await world.OnCommentAsync(close);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var onboarding = world.Repository.Issues.Single(i => i.Title == "Onboarding: TorchRender");
        Assert.IsEmpty(onboarding.Assignees);
        StringAssert.Contains(result.Stdout, $"::warning title=Tally::GitHub did not assign @{World.Staff} to #{onboarding.Number}: ");
    }

    [TestMethod]
    public async Task An_acceptance_opens_one_onboarding_issue_for_staff_linked_both_ways()
    {
        await using var world = await World.Tally().StartAsync();
        var application = world.AddApplication();
        var close = world.VoteAndClose(application, ("bob", "/vote approve"), ("carol", "/vote approve"));

        var result = await world.OnCommentAsync(close);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var onboarding = world.Repository.Issues.Single(i => i.Title == "Onboarding: TorchRender");
        CollectionAssert.AreEqual(new[] { World.Staff }, onboarding.Assignees.ToArray());
        StringAssert.Contains(onboarding.Body, $"(#{application.Number})");
        StringAssert.Contains(onboarding.Body, "- [ ] Add the project to the PyTorch landscape");
        StringAssert.Contains(onboarding.Body, "- [ ] Offer the maintainers a post on the PyTorch blog");
        var outcome = world.OwnComments(application).Single(c => c.Body.StartsWith("<!-- ecosystem-bot:vote-outcome -->", StringComparison.Ordinal));
        StringAssert.Contains(outcome.Body, $"**Onboarding:** staff follow the accepted project's onboarding in #{onboarding.Number}.");
        // One listing of the open issues to find an onboarding issue opened earlier, one issue opened, one listing again
        // (another run may have opened it too).
        Assert.AreEqual(2, RequestLines.Of(result.Requests).Count(l => l == "query IssueSummaries"));
        Assert.AreEqual(1, result.WriteRequests.Count(r => r.Method == "POST" && r.Path.EndsWith("/repos/pytorch-fdn/ecosystem/issues", StringComparison.Ordinal)));

        var again = await world.NightlyAsync();
        var once = await world.OnCommentAsync(close);

        Assert.AreEqual(0, again.ExitCode, again.ToString());
        Assert.IsEmpty(again.WriteRequests, again.ToString());
        Assert.IsEmpty(once.WriteRequests, once.ToString());
        Assert.AreEqual(0, RequestLines.Of(once.Requests).Count(l => l == "query IssueSummaries"), "the outcome comment names it now");
        Assert.HasCount(1, world.Repository.Issues.Where(i => i.Title.StartsWith("Onboarding", StringComparison.Ordinal)).ToList());
    }

    [TestMethod]
    public async Task An_onboarding_issue_another_run_opens_at_the_same_moment_leaves_one_open_named_by_the_outcome()
    {
        await using var world = await World.Tally().StartAsync();
        var application = world.AddApplication();
        var close = world.VoteAndClose(application, ("bob", "/vote approve"), ("carol", "/vote approve"));
        // The nightly run opens it after this run looked for one among the open issues.
        Issue? theirs = null;
        var body = HiddenMarker.Stamp(
            "onboarding", HiddenMarker.For("application", application.Number.ToString(CultureInfo.InvariantCulture)) + "\nOnboarding");
        world.Server.Faults.Add("POST", "/repos/{owner}/{repo}/issues", Fault.OtherWriteFirst(
            () => theirs = world.Repository.AddIssue("Onboarding: TorchRender", body, World.Automation)));

        var result = await world.OnCommentAsync(close);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var open = world.Repository.Issues.Where(i => i.Title.StartsWith("Onboarding", StringComparison.Ordinal) && i.State == "open").ToList();
        Assert.AreEqual(theirs!.Number, open.Single().Number, "the first is kept, the second closed as its duplicate");
        var outcome = world.OwnComments(application).Single(c => c.Body.StartsWith("<!-- ecosystem-bot:vote-outcome -->", StringComparison.Ordinal));
        StringAssert.Contains(outcome.Body, $"#{theirs.Number}.");
        var again = await world.NightlyAsync();
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    [TestMethod]
    public async Task A_run_that_opened_the_onboarding_issue_but_failed_before_the_outcome_comment_does_not_open_another()
    {
        await using var world = await World.Tally().StartAsync();
        var application = world.AddApplication();
        var close = world.VoteAndClose(application, ("bob", "/vote approve"), ("carol", "/vote approve"));
        world.Server.Faults.Add("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", TestServer.Faults.FaultHits.Always, TestServer.Faults.Fault.Status(422));

        var failed = await world.OnCommentAsync(close);
        Assert.AreNotEqual(0, failed.ExitCode, failed.ToString());
        Assert.HasCount(1, world.Repository.Issues.Where(i => i.Title.StartsWith("Onboarding", StringComparison.Ordinal)).ToList());

        world.Server.Faults.Clear();
        var rerun = await world.OnCommentAsync(close);

        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        var onboarding = world.Repository.Issues.Single(i => i.Title.StartsWith("Onboarding", StringComparison.Ordinal));
        StringAssert.Contains(world.OwnComments(application).Single(c => c.Body.Contains("vote-outcome", StringComparison.Ordinal)).Body, $"#{onboarding.Number}");
    }

    /// <summary>
    /// Staff finish the onboarding and close its issue; later a person deletes the outcome comment that named it. The run of
    /// that deletion wrote the outcome again and, finding no open onboarding issue, opened a second one for a project
    /// onboarded already.
    /// </summary>
    [TestMethod]
    public async Task An_outcome_comment_deleted_after_staff_closed_the_onboarding_issue_opens_no_second_one()
    {
        await using var world = await World.Tally().StartAsync();
        var application = world.AddApplication();
        var close = world.VoteAndClose(application, ("bob", "/vote approve"), ("carol", "/vote approve"));
        Assert.AreEqual(0, (await world.OnCommentAsync(close)).ExitCode);
        var onboarding = world.Repository.Issues.Single(i => i.Title.StartsWith("Onboarding", StringComparison.Ordinal));
        onboarding.Close(World.Staff);

        world.Time.Advance(TimeSpan.FromDays(20));
        var outcome = world.OwnComments(application).Single(c => c.Body.StartsWith("<!-- ecosystem-bot:vote-outcome -->", StringComparison.Ordinal));
        application.DeleteComment(outcome);
        var deleted = await world.RunAsync("issue_comment", EventPayloads.IssueComment("deleted", application, outcome));

        Assert.AreEqual(0, deleted.ExitCode, deleted.ToString());
        Assert.AreEqual(onboarding.Number, world.Repository.Issues.Single(i => i.Title.StartsWith("Onboarding", StringComparison.Ordinal)).Number);
        var again = world.OwnComments(application).Single(c => c.Body.StartsWith("<!-- ecosystem-bot:vote-outcome -->", StringComparison.Ordinal));
        StringAssert.Contains(again.Body, $"#{onboarding.Number}.");
    }

    /// <summary>Declined, back with <c>/ecosystem returning</c>, and accepted by its second vote.</summary>
    [TestMethod]
    public async Task A_declined_application_back_for_review_is_accepted_by_its_second_vote_and_gets_its_onboarding_issue()
    {
        // The server's comment links are https, as GitHub's: each run reads the tally's state back (the path without it is
        // VotingWindowTests').
        await using var world = await World.Tally().StartAsync();
        var application = world.AddApplication();
        var declined = world.VoteAndClose(application, ("bob", "/vote decline no CI on GPU"), ("carol", "/vote decline no docs"));
        var first = await world.OnCommentAsync(declined);
        Assert.AreEqual(0, first.ExitCode, first.ToString());
        CollectionAssert.Contains(application.Labels.ToArray(), "Declined");

        world.Time.Advance(TimeSpan.FromDays(30));
        var request = world.Say(application, application.Author, "CI runs on GPU now, and the docs are up.\n\n/ecosystem returning");
        var guard = await world.Run.RunAsync("issue_comment", EventPayloads.IssueComment("created", application, request), "guard");
        Assert.AreEqual(0, guard.ExitCode, guard.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "Returning" }, application.Labels.ToArray());

        // The scheduler puts it in review for the next session; the nightly tally leaves it there.
        application.RemoveLabel("New", World.Automation);
        application.AddLabel("In review", World.Automation);
        world.Time.Advance(TimeSpan.FromDays(14));
        var night = await world.NightlyAsync();
        Assert.AreEqual(0, night.ExitCode, night.ToString());
        CollectionAssert.AreEquivalent(new[] { "In review", "Returning" }, application.Labels.ToArray(), World.Writes(night));

        var second = await world.OnCommentAsync(world.VoteAndClose(application, ("bob", "/vote approve"), ("carol", "/vote approve")));

        Assert.AreEqual(0, second.ExitCode, second.ToString());
        CollectionAssert.AreEquivalent(new[] { "Accepted" }, application.Labels.ToArray(),
            "decided again: no longer returning; " + World.Writes(second));
        var onboarding = world.Repository.Issues.Single(i => i.Title == "Onboarding: TorchRender");
        var outcomes = world.OwnComments(application).Where(c => c.Body.Contains("ecosystem-bot:vote-outcome", StringComparison.Ordinal)).ToList();
        StringAssert.Contains(outcomes[^1].Body, "the application is **approved**");
        StringAssert.Contains(outcomes[^1].Body, $"onboarding in #{onboarding.Number}.");
        var tally = world.OwnComments(application).Single(c => c.Body.Contains("ecosystem-bot:vote-tally", StringComparison.Ordinal));
        StringAssert.Contains(tally.Body, "2 approve");
        Assert.IsEmpty((await world.NightlyAsync()).WriteRequests);
        Assert.IsEmpty((await world.DispatchAsync(application.Number.ToString(CultureInfo.InvariantCulture))).WriteRequests);
    }
    /// <summary>
    /// Staff bring a declined application back twice with the returning label: each later vote's outcome is a comment of its
    /// own (an edit notifies nobody), the first stays as it was, and the guard's answer to the next return names the latest.
    /// </summary>
    [TestMethod]
    public async Task A_second_vote_publishes_its_outcome_as_a_new_comment_and_the_next_return_answers_that_one()
    {
        await using var world = await World.Tally().StartAsync();
        var application = world.AddApplication();
        var declined = world.VoteAndClose(application, ("bob", "/vote decline no CI"), ("carol", "/vote decline no CI"));
        Assert.AreEqual(0, (await world.OnCommentAsync(declined)).ExitCode);
        var first = world.OwnComments(application).Single(c => c.Body.Contains("ecosystem-bot:vote-outcome", StringComparison.Ordinal));
        var (firstBody, firstWritten) = (first.Body, first.UpdatedAt);

        await ReturnedByStaffAsync(world, application);
        var again = world.VoteAndClose(application, ("bob", "/vote decline no docs"), ("carol", "/vote decline no docs"));
        var second = await world.OnCommentAsync(again);

        Assert.AreEqual(0, second.ExitCode, second.ToString());
        var outcomes = world.OwnComments(application).Where(c => c.Body.Contains("ecosystem-bot:vote-outcome", StringComparison.Ordinal)).ToList();
        Assert.HasCount(2, outcomes, World.Writes(second));
        Assert.AreEqual((firstBody, firstWritten), (outcomes[0].Body, outcomes[0].UpdatedAt), "the first vote's outcome is left as it was");
        StringAssert.Contains(outcomes[1].Body, "no docs");
        Assert.IsEmpty((await world.NightlyAsync()).WriteRequests);

        // The third time, by the same staff member's label: only the guard's answer dates the return.
        await ReturnedByStaffAsync(world, application);
        var night = await world.NightlyAsync();
        CollectionAssert.AreEquivalent(new[] { "In review", "Returning" }, application.Labels.ToArray(), World.Writes(night));
    }

    /// <summary>Staff add the returning label to a declined application, the guard takes it back, the scheduler puts it in review.</summary>
    private static async Task ReturnedByStaffAsync(World world, Issue application)
    {
        world.Time.Advance(TimeSpan.FromDays(30));
        application.AddLabel("Returning", World.Staff);
        var guard = await world.Run.RunAsync("issues", EventPayloads.Issues("labeled", application, World.Staff, "Returning"), "guard");
        Assert.AreEqual(0, guard.ExitCode, guard.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "Returning" }, application.Labels.ToArray(), World.Writes(guard));
        application.RemoveLabel("New", World.Automation);
        application.AddLabel("In review", World.Automation);
        world.Time.Advance(TimeSpan.FromDays(14));
    }

    /// <summary>
    /// Staff bring a declined application back by adding the returning label: only guard runs for the label, and the
    /// application is no longer in review, yet its tally still read "closed, declined". The nightly tally visits returning
    /// applications too, so it starts the next vote's tally before the scheduler takes the application into a batch.
    /// </summary>
    [TestMethod]
    public async Task A_declined_application_staff_label_returning_has_its_tally_started_anew_by_the_next_nightly_tally()
    {
        await using var world = await World.Tally().StartAsync();
        var application = world.AddApplication();
        await world.OnCommentAsync(world.VoteAndClose(application, ("bob", "/vote decline no GPU CI"), ("carol", "/vote decline no GPU CI")));
        CollectionAssert.Contains(application.Labels.ToArray(), "Declined");
        world.Time.Advance(TimeSpan.FromDays(2));
        application.AddLabel("Returning", World.Staff);
        var guard = await world.Run.RunAsync("issues", EventPayloads.Issues("labeled", application, World.Staff, "Returning"), "guard");
        Assert.AreEqual(0, guard.ExitCode, guard.ToString());
        CollectionAssert.AreEquivalent(new[] { "New", "Returning" }, application.Labels.ToArray());

        world.Time.Advance(TimeSpan.FromDays(1));
        var night = await world.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        var tally = world.OwnComments(application).Single(c => HiddenMarker.PurposeOf(c.Body) == VoteTally.TallyPurpose);
        StringAssert.Contains(tally.Body, "**Status: not open yet**");
        Assert.IsEmpty((await world.NightlyAsync()).WriteRequests);
    }
}
