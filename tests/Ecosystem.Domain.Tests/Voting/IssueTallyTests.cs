using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Tests.Intake;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Voting;

/// <summary>What a run of <c>tally</c> leaves alone before it reads anything more.</summary>
[TestClass]
public sealed class IssueTallyTests
{
    [TestMethod]
    public void A_new_comment_without_a_vote_line_cannot_change_the_tally_but_an_edit_or_deletion_can()
    {
        Assert.IsFalse(IssueTally.CannotChange(Comment("/vote approve"), "created"));
        Assert.IsTrue(IssueTally.CannotChange(Comment("> /vote approve"), "created"));
        Assert.IsTrue(IssueTally.CannotChange(Comment("thanks"), null));
        Assert.IsFalse(IssueTally.CannotChange(Comment("thanks"), "edited"));
        Assert.IsFalse(IssueTally.CannotChange(Comment("thanks"), "deleted"));
    }

    /// <summary>
    /// A new line that only looks like a ballot is listed in the tally so its member can vote again before the close: it was
    /// listed only by the next run the comment did not start (the nightly one, or the close itself). A quote or code is no ballot.
    /// </summary>
    [TestMethod]
    [DataRow("/vote: approve", false)]
    [DataRow("/vote appr\u200Bove", false)]
    [DataRow("Looks good. I /vote approve", false)]
    [DataRow("> /vote approve\n\nI agree with this.", true)]
    [DataRow("Write `/vote approve` once it opens.", true)]
    [DataRow("<!-- /vote approve -->", true)]
    public void A_new_comment_with_a_line_that_only_looks_like_a_ballot_is_tallied(string body, bool cannotChange) =>
        Assert.AreEqual(cannotChange, IssueTally.CannotChange(Comment(body), "created"), body);

    [TestMethod]
    public void Only_a_deletion_of_the_automations_comment_holding_the_state_or_of_a_persons_is_tallied_with_it()
    {
        var s = new VoteScenario(2);
        s.Open();
        var tally = s.TallyAndPublish().TallyComment!;
        var own = VoteScenario.TallyComment(tally);
        var ballot = s.Say("m01", "/vote approve", 1);

        Assert.AreEqual(own, IssueTally.Deleted(own, own: true, "deleted"));
        Assert.IsNull(IssueTally.Deleted(own, own: true, "edited"), "the automation's own edit starts no tally");
        Assert.IsNull(IssueTally.Deleted(VoteScenario.TallyComment("thanks"), own: true, "deleted"), "no state, nothing to give back");
        Assert.IsNull(IssueTally.Deleted(null, own: false, "deleted"));
        Assert.AreEqual(ballot, IssueTally.Deleted(ballot, own: false, "deleted"), "a person's ballot, to count as it stood at a close");
        Assert.IsNull(IssueTally.Deleted(ballot, own: false, "edited"));
    }

    [TestMethod]
    public void A_pull_request_and_an_issue_that_is_no_application_are_not_tallied_and_say_why()
    {
        var reader = new ApplicationReader(IntakeFixtures.Form, new IntakeRules());
        var application = IntakeFixtures.Issue(IntakeFixtures.Body("complete"));

        Assert.IsNull(IssueTally.WhyNotTallied(reader.Read(application)));
        Assert.AreEqual("#42 is a pull request, not an application", IssueTally.WhyNotTallied(reader.Read(application with { IsPullRequest = true })));
        Assert.AreEqual(
            "#42 is not an application (no application form in its body, no application title or label)",
            IssueTally.WhyNotTallied(reader.Read(IntakeFixtures.Issue("### Usage\n\nHow do I?", "Question", []))));
    }

    private static CommentSnapshot Comment(string body) =>
        new(99, "bob", false, body, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "");
}
