using Ecosystem.Actions.Tests.EndToEnd;

namespace Ecosystem.Actions.Tests.Commands.Tally;

/// <summary>A ballot counts with its text as of the close, read from the comment's edit history on the test server.</summary>
[TestClass]
public sealed class EditedBallotEndToEndTests
{
    [TestMethod]
    public async Task Approved_three_of_five_stays_approved_when_a_member_fixes_a_typo_after_the_close()
    {
        await using var world = await World.Tally().WithConfiguration(World.FiveMembers).StartAsync();
        var issue = world.AddApplication();
        await world.OnCommentAsync(world.Say(issue, World.Staff, "/vote open"));
        world.Say(issue, "bob", "/vote approve");
        var carol = world.Say(issue, "carol", "/vote approve\nThe docs are clear and the CI is grene.");
        world.Say(issue, "dave", "/vote approve");
        world.Say(issue, "erin", "/vote decline no ROCm wheels yet");
        var close = world.Say(issue, World.Staff, "/vote close");
        world.Time.Advance(TimeSpan.FromHours(2));
        carol.Edit("/vote approve\nThe docs are clear and the CI is green.", world.Time.GetUtcNow());

        // The first tally since the close runs after the typo fix (the close's own run was lost).
        var result = await world.OnCommentAsync(close);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual(("approved", "3", "1"), (result.Outputs["outcome"], result.Outputs["approve"], result.Outputs["decline"]), result.ToString());
        Assert.IsTrue(issue.Labels.Contains("Accepted"), string.Join(", ", issue.Labels));
        Assert.AreEqual(1, result.Requests.Count(r => r.IsGraphQL && r.Body is { } body && body.Contains("userContentEdits", StringComparison.Ordinal)),
            "one history read for the one comment edited after the close: " + result);
        StringAssert.DoesNotMatch(world.OwnComments(issue)[0].Body, new System.Text.RegularExpressions.Regex("written after the vote closed"));

        var rerun = await world.NightlyAsync();

        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        Assert.IsEmpty(rerun.WriteRequests, World.Writes(rerun));
    }

    [TestMethod]
    public async Task At_night_a_ballot_edited_after_the_close_counts_as_it_stood_and_only_its_history_is_read()
    {
        await using var world = await World.Tally().WithConfiguration(World.FiveMembers).StartAsync();
        var other = world.AddApplication("[Ecosystem] Other");
        world.Say(other, "bob", "A question, later edited.").Edit("A question, edited.", world.Time.GetUtcNow().AddMinutes(1));
        var issue = world.AddApplication();
        world.Say(issue, World.Staff, "/vote open");
        world.Say(issue, "bob", "/vote approve");
        var carol = world.Say(issue, "carol", "/vote approve\nThe docs are clear and the CI is grene.");
        world.Say(issue, "dave", "/vote approve");
        world.Say(issue, "erin", "/vote decline no ROCm wheels yet");
        world.Say(issue, World.Staff, "/vote close");
        world.Time.Advance(TimeSpan.FromHours(2));
        carol.Edit("/vote decline\nOn second thoughts, no.", world.Time.GetUtcNow());

        // The close's own run was lost; the night decides the vote after carol changed her ballot.
        var night = await world.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        Assert.IsTrue(issue.Labels.Contains("Accepted"), "carol's ballot counts as approve, as it stood at the close: " + string.Join(", ", issue.Labels));
        var histories = night.Requests.Where(r => r.IsGraphQL && r.Body is { } body && body.Contains("userContentEdits", StringComparison.Ordinal)).ToList();
        Assert.HasCount(1, histories, "one history read, for the one ballot edited after a close: " + night);
        StringAssert.Contains(histories[0].Body, carol.NodeId);
        // The viewer, one page of issues with their comments, one history read, the open issues (to find or open the
        // onboarding issue), and after each creation the read again (another run may have made it too): the open issues
        // once the onboarding issue is opened, the comments once the tally comment and once the outcome comment is posted.
        Assert.AreEqual(7, night.Requests.Count(r => !r.IsWrite), night.ToString());

        var nextNight = await world.NightlyAsync();

        Assert.IsEmpty(nextNight.WriteRequests, World.Writes(nextNight));
    }
}
