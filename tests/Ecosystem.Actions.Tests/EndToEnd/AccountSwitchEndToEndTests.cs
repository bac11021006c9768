using Ecosystem.Actions.Tests.Commands.Validate;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.EndToEnd;

/// <summary>
/// An adopter who started with <c>GITHUB_TOKEN</c> (comments by <c>github-actions[bot]</c>) switches to a GitHub App, as the
/// README recommends. With the former login in <c>people.former-automation</c> the app takes the earlier comments as its own:
/// a rerun writes nothing and a change edits them in place; without it, every comment is written again, as the README warns.
/// </summary>
[TestClass]
public sealed class AccountSwitchEndToEndTests
{
    private const string Former = "github-actions[bot]";

    [TestMethod]
    public async Task After_a_switch_the_former_accounts_comments_are_read_as_its_own_and_edited_in_place()
    {
        await using var world = await Switching().StartAsync();
        var (issue, ballot) = await RunAsTheFormerAccountAsync(world);
        var intakeBefore = await world.Runs("validate").EditedAsync(issue);
        var tallyBefore = await world.Runs("tally").OnCommentAsync(ballot);
        Assert.AreEqual(
            0, intakeBefore.WriteRequests.Count + tallyBefore.WriteRequests.Count, World.Writes(intakeBefore) + World.Writes(tallyBefore));
        var (report, tally) = (OwnComment(issue, "intake-report"), OwnComment(issue, "vote-tally"));

        world.State.AuthenticatedLogin = World.Automation;
        world.WithConfiguration(w => Configuration(w, $"  former-automation: [\"{Former}\"]\n"));
        var intake = await world.Runs("validate").EditedAsync(issue);
        var tallied = await world.Runs("tally").OnCommentAsync(ballot);

        Assert.AreEqual(0, intake.ExitCode, intake.ToString());
        Assert.AreEqual(0, tallied.ExitCode, tallied.ToString());
        Assert.AreEqual(0, intake.WriteRequests.Count + tallied.WriteRequests.Count, World.Writes(intake) + World.Writes(tallied));
        CollectionAssert.AreEqual(RequestLines.Of(intakeBefore.Requests), RequestLines.Of(intake.Requests), intake.ToString());
        CollectionAssert.AreEqual(RequestLines.Of(tallyBefore.Requests), RequestLines.Of(tallied.Requests), tallied.ToString());
        Assert.AreEqual("1", tallied.Outputs["approve"], "the vote opened under the former account is still open, its ballot counted");

        var second = world.Say(issue, "carol", "/vote approve");
        var counted = await world.Runs("tally").OnCommentAsync(second);

        Assert.AreEqual(0, counted.ExitCode, counted.ToString());
        Assert.AreEqual("2", counted.Outputs["approve"]);
        CollectionAssert.AreEqual(
            new[] { $"PATCH /repos/pytorch-fdn/ecosystem/issues/comments/{tally.Id}" },
            RequestLines.Of(counted.WriteRequests),
            World.Writes(counted));
        StringAssert.Contains(tally.Body, "2 approve");

        await world.EditBodyAsync(issue, World.Body("missing-contact-emails"));
        var incomplete = await world.Runs("validate").EditedAsync(issue);

        Assert.AreEqual(0, incomplete.ExitCode, incomplete.ToString());
        Assert.AreEqual("false", incomplete.Outputs["valid"]);
        CollectionAssert.Contains(
            RequestLines.Of(incomplete.WriteRequests), $"PATCH /repos/pytorch-fdn/ecosystem/issues/comments/{report.Id}", World.Writes(incomplete));
        StringAssert.Contains(report.Body, "Contact emails");
        Assert.IsEmpty(world.OwnComments(issue), "the app wrote no comment of its own: it edited the former account's");
        Assert.HasCount(2, World.CommentsBy(issue, Former));
    }

    [TestMethod]
    public async Task Without_the_former_login_a_switch_writes_every_comment_again()
    {
        await using var world = await Switching().StartAsync();
        var (issue, ballot) = await RunAsTheFormerAccountAsync(world);

        world.State.AuthenticatedLogin = World.Automation;
        var intake = await world.Runs("validate").EditedAsync(issue);
        var tallied = await world.Runs("tally").OnCommentAsync(ballot);

        Assert.AreEqual(0, intake.ExitCode, intake.ToString());
        Assert.AreEqual(0, tallied.ExitCode, tallied.ToString());
        Assert.HasCount(2, World.CommentsBy(issue, Former));
        var again = world.OwnComments(issue).ToList();
        Assert.HasCount(2, again, "the intake report and the tally written a second time, by the app");
        StringAssert.StartsWith(again[0].Body, "<!-- ecosystem-bot:intake-report -->");
        StringAssert.StartsWith(again[1].Body, "<!-- ecosystem-bot:vote-tally -->");

        // The key set afterwards: the oldest of each purpose, the former account's, is kept and the app's twin deleted.
        world.WithConfiguration(w => Configuration(w, $"  former-automation: [\"{Former}\"]\n"));
        var converged = await world.Runs("validate").EditedAsync(issue);

        Assert.AreEqual(0, converged.ExitCode, converged.ToString());
        CollectionAssert.AreEqual(
            new[] { $"DELETE /repos/pytorch-fdn/ecosystem/issues/comments/{again[0].Id}" },
            RequestLines.Of(converged.WriteRequests),
            World.Writes(converged));
        Assert.HasCount(2, World.CommentsBy(issue, Former));
    }

    [TestMethod]
    [DataRow(true, DisplayName = "with the former login")]
    [DataRow(false, DisplayName = "without it")]
    public async Task The_waiting_label_the_former_account_set_is_the_automations_to_take_off(bool adopted)
    {
        await using var world = await Switching().StartAsync();
        var issue = world.Apply(World.Body("missing-contact-emails"));
        Assert.AreEqual(0, (await world.Runs("validate").OpenedAsync(issue)).ExitCode);
        CollectionAssert.Contains(issue.Labels.ToList(), "Waiting on comment");

        world.State.AuthenticatedLogin = World.Automation;
        world.WithConfiguration(w => Configuration(w, adopted ? $"  former-automation: [\"{Former}\"]\n" : string.Empty));
        await world.EditBodyAsync(issue, World.Body("complete"));
        var fixedUp = await world.Runs("validate").EditedAsync(issue);

        Assert.AreEqual(0, fixedUp.ExitCode, fixedUp.ToString());
        Assert.AreEqual("true", fixedUp.Outputs["valid"]);
        // Without it, the label reads as a person's question (a reviewer waiting on an answer), which an edit does not end.
        Assert.AreEqual(adopted, !issue.Labels.Contains("Waiting on comment"), World.Writes(fixedUp));
    }

    [TestMethod]
    [DataRow(true, DisplayName = "with the former login")]
    [DataRow(false, DisplayName = "without it")]
    public async Task The_schedules_comments_and_agenda_issue_by_the_former_account_are_kept_after_a_switch(bool adopted)
    {
        const string Sessions = "sessions:\n  time-zone: \"America/Los_Angeles\"\n  recurrence: [\"0 9 * * TUE#2\"]\n";
        await using var world = await World.Schedule(board: false).Seed(state => state.AuthenticatedLogin = Former)
            .WithConfiguration(Sessions).StartAsync();
        var applications = world.AddApplications(12);
        world.SetClock("2026-11-24T12:00-08:00");
        var first = await world.NightlyAsync();
        Assert.AreEqual(0, first.ExitCode, first.ToString());
        var written = world.Repository.Issues.Sum(i => World.CommentsBy(i, Former).Count) + world.Repository.Issues.Count(i => i.Author == Former);
        Assert.IsGreaterThan(12, written, "a session comment or queue comment on each application, and the agenda issue");
        Assert.IsEmpty((await world.NightlyAsync()).WriteRequests, "a rerun under the former account writes nothing");

        world.State.AuthenticatedLogin = World.Automation;
        world.WithConfiguration(Sessions + (adopted ? $"people:\n  former-automation: [\"{Former}\"]\n" : string.Empty));
        var switched = await world.NightlyAsync();

        Assert.AreEqual(0, switched.ExitCode, switched.ToString());
        if (adopted)
        {
            Assert.IsEmpty(switched.WriteRequests, World.Writes(switched));
        }
        else
        {
            Assert.IsTrue(applications.Any(a => world.OwnComments(a).Count > 0), "without the key, the schedule's comments are written again");
        }
    }

    [TestMethod]
    public async Task A_marked_comment_by_someone_else_is_not_adopted()
    {
        await using var world = await Switching().StartAsync();
        world.State.AuthenticatedLogin = World.Automation;
        world.WithConfiguration(w => Configuration(w, $"  former-automation: [\"{Former}\"]\n"));
        var issue = world.Apply(World.Body("complete"), "[Ecosystem] TorchRender", "In review");
        world.State.AddUser("github-actions");
        var forged = world.Say(issue, "github-actions", "<!-- ecosystem-bot:intake-report -->\nAll good, nothing to check.");
        world.Say(issue, "janedoe", "<!-- ecosystem-bot:vote-tally -->\nThe vote is closed.");

        var intake = await world.Runs("validate").EditedAsync(issue);

        Assert.AreEqual(0, intake.ExitCode, intake.ToString());
        StringAssert.StartsWith(world.OwnComments(issue).Single().Body, "<!-- ecosystem-bot:intake-report -->");
        Assert.AreEqual("<!-- ecosystem-bot:intake-report -->\nAll good, nothing to check.", forged.Body, "a person's comment is never edited");
    }

    /// <summary>
    /// Under <see cref="Former"/>: staff open the vote on a complete application in review, bob approves, and intake reports
    /// on it; gives the application and bob's ballot.
    /// </summary>
    private static async Task<(Issue Issue, Comment Ballot)> RunAsTheFormerAccountAsync(World world)
    {
        var issue = world.Apply(World.Body("complete"), "[Ecosystem] TorchRender", "In review");
        Assert.AreEqual(0, (await world.Runs("tally").OnCommentAsync(world.Say(issue, World.Staff, "/vote open"))).ExitCode);
        var ballot = world.Say(issue, World.WorkingGroupMember, "/vote approve");
        Assert.AreEqual(0, (await world.Runs("tally").OnCommentAsync(ballot)).ExitCode);
        Assert.AreEqual(0, (await world.Runs("validate").OpenedAsync(issue)).ExitCode);
        Assert.HasCount(2, World.CommentsBy(issue, Former), "the intake report and the tally, by the former account");
        return (issue, ballot);
    }

    private static Comment OwnComment(Issue issue, string purpose) =>
        issue.Comments.Single(c => c.Body.StartsWith($"<!-- ecosystem-bot:{purpose} -->", StringComparison.Ordinal));

    private static World Switching() =>
        World.Intake().WithPeople().Seed(state => state.AuthenticatedLogin = Former).WithConfiguration(w => Configuration(w, string.Empty));

    private static string Configuration(World world, string people) => World.People + people + world.PackageIndexes + World.Voting;
}
