using Ecosystem.Actions.Tests.EndToEnd;

namespace Ecosystem.Actions.Tests.Commands.Tally;

/// <summary><c>/vote close too-early …</c> and <c>/vote close community-highlight …</c> carry out the outcome staff name.</summary>
[TestClass]
public sealed class StaffCloseEndToEndTests
{
    [TestMethod]
    public async Task Vote_close_too_early_closes_not_planned_with_the_expectations_and_no_waiting_date_then_a_rerun_writes_nothing()
    {
        await using var world = await World.Tally().StartAsync();
        var issue = world.AddApplication(labels: ["In review", "in voting"]);
        await world.OnCommentAsync(world.Say(issue, World.Staff, "/vote open"));
        world.Say(issue, "bob", "/vote approve");
        var close = world.Say(issue, World.Staff, "/vote close too-early Come back with a tagged release and 5 active contributors.");

        var closed = await world.OnCommentAsync(close);

        Assert.AreEqual(0, closed.ExitCode, closed.ToString());
        Assert.AreEqual("too-early", closed.Outputs["outcome"]);
        Assert.AreEqual("closed", issue.State);
        Assert.AreEqual("not_planned", issue.StateReason);
        CollectionAssert.AreEquivalent(new[] { "Too early" }, issue.Labels.ToArray());
        var outcome = world.OwnComments(issue).Single(c => c.Body.Contains("ecosystem-bot:outcome-too-early", StringComparison.Ordinal));
        StringAssert.Contains(outcome.Body, "> Come back with a tagged release and 5 active contributors.");
        Assert.DoesNotContain("2027-02-25", outcome.Body, "the 90-day wait is a decline's");
        StringAssert.Contains(outcome.Body, "may apply again once the expectations above are met");
        Assert.IsFalse(world.OwnComments(issue).Any(c => c.Body.Contains("ecosystem-bot:vote-outcome", StringComparison.Ordinal)), "one outcome comment");

        var again = await world.OnCommentAsync(close);

        Assert.AreEqual(0, again.ExitCode, again.ToString());
        Assert.IsEmpty(again.WriteRequests, World.Writes(again));
    }

    /// <summary>
    /// Staff close with <c>/vote close too-early</c> and no text after it: the comment gathers the Working Group's comments from
    /// the time the application was last scheduled, as the README says and as the label's run does. The tally's run read no label
    /// events, so it gathered them from the opening, a question of intake settled long before among them (and the nightly guard,
    /// finishing a close that run never made, wrote the comment again from the scheduling).
    /// </summary>
    [TestMethod]
    public async Task Vote_close_too_early_without_a_note_gathers_the_comments_since_the_application_was_last_scheduled()
    {
        await using var world = await World.Tally().StartAsync();
        var issue = world.AddApplication(labels: ["New"]);
        world.Say(issue, "carol", "Which licence does the project use? The form leaves it out.");
        world.Time.Advance(TimeSpan.FromDays(20));
        issue.AddLabel("In review", World.Automation);
        await world.OnCommentAsync(world.Say(issue, World.Staff, "/vote open"));
        world.Say(issue, "bob", "The project needs CI on every platform it claims.");
        var close = world.Say(issue, World.Staff, "/vote close too-early");

        var closed = await world.OnCommentAsync(close);

        Assert.AreEqual(0, closed.ExitCode, closed.ToString());
        var outcome = world.OwnComments(issue).Single(c => c.Body.Contains("ecosystem-bot:outcome-too-early", StringComparison.Ordinal));
        StringAssert.Contains(outcome.Body, "CI on every platform");
        Assert.DoesNotContain("Which licence", outcome.Body, "asked before the application was scheduled");
        Assert.IsEmpty((await world.OnCommentAsync(close)).WriteRequests);
    }

    [TestMethod]
    public async Task Vote_close_community_highlight_comments_and_assigns_marketing()
    {
        await using var world = await World.Tally().WithConfiguration("""
            people:
              staff:
                users: ["staff-alice"]
              working-group:
                team: "pytorch-fdn/ecosystem-wg"
              marketing:
                users: ["mkt-anna"]
            voting:
              close-after-days: 0
            """).StartAsync();
        world.State.AddUser("mkt-anna");
        var issue = world.AddApplication(labels: ["In review"]);
        await world.OnCommentAsync(world.Say(issue, World.Staff, "/vote open"));
        var close = world.Say(issue, World.Staff, "/vote close community-highlight A great fit for a blog post.");

        var closed = await world.OnCommentAsync(close);

        Assert.AreEqual(0, closed.ExitCode, closed.ToString());
        Assert.AreEqual("community-highlight", closed.Outputs["outcome"]);
        Assert.AreEqual("open", issue.State);
        CollectionAssert.AreEquivalent(new[] { "Blog candidate" }, issue.Labels.ToArray());
        CollectionAssert.AreEqual(new[] { "mkt-anna" }, issue.Assignees.ToArray());
        StringAssert.Contains(world.OwnComments(issue).Last().Body, "> A great fit for a blog post.");
        Assert.IsEmpty((await world.OnCommentAsync(close)).WriteRequests);
    }
}
