using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Voting;

[TestClass]
public sealed class TallyInputTests
{
    private static CommentSnapshot Outcome(long id, string purpose, double minutes) => VoteScenario.CommentBy(
        id, VoteScenario.Automation, HiddenMarker.Stamp(purpose, "Declined."), VoteScenario.Start.AddMinutes(minutes), bot: true);

    /// <summary>The applier keeps the first of twins (the later is deleted by the next run): the outcome read is that one.</summary>
    [TestMethod]
    public void The_published_outcome_is_the_kept_comment_of_the_latest_vote()
    {
        var second = VoteTally.OutcomePurposeOf(VoteScenario.Start.AddDays(40));
        var first = Outcome(11, VoteTally.OutcomePurpose, 0);
        var kept = Outcome(13, second, 60 * 24 * 45);
        var s = new VoteScenario();

        Assert.AreEqual(first.Id, s.Input([first, Outcome(12, VoteTally.OutcomePurpose, 1)]).PublishedOutcome()?.Id);
        Assert.AreEqual(kept.Id, s.Input([Outcome(14, second, (60 * 24 * 45) + 1), first, kept]).PublishedOutcome()?.Id);
    }
}
