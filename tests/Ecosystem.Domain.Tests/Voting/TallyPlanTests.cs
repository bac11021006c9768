using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Voting;

[TestClass]
public sealed class TallyPlanTests
{
    private static VoteScenario Closed(int approvals, int members = 3)
    {
        var s = new VoteScenario(members);
        s.Labels.Add("in voting");
        s.Open();
        for (var i = 1; i <= members; i++)
        {
            s.Say($"m{i:00}", i <= approvals ? "/vote approve" : $"/vote decline reason {i}", i);
        }

        s.Close(10);
        return s;
    }

    [TestMethod]
    public void While_open_adds_the_voting_label_and_the_tally_comment()
    {
        var s = new VoteScenario();
        s.Open();
        var plan = s.Tally().Plan;
        CollectionAssert.AreEqual(new[] { "in voting" }, plan.AddLabels.ToArray());
        Assert.IsEmpty(plan.RemoveLabels);
        Assert.AreEqual(VoteTally.TallyPurpose, plan.Comments.Single().Purpose);
        StringAssert.StartsWith(plan.Comments.Single().Body, "<!-- ecosystem-bot:vote-tally -->\n");
        Assert.IsNull(plan.State);
    }

    [TestMethod]
    public void Voting_label_already_there_is_not_added_again()
    {
        var s = new VoteScenario();
        s.Labels.Add("In Voting");
        s.Open();
        Assert.IsEmpty(s.Tally().Plan.AddLabels);
    }

    [TestMethod]
    public void Approval_adds_accepted_removes_review_labels_and_moves_to_done()
    {
        var result = Closed(approvals: 2).Tally();
        Assert.AreEqual(TallyStatus.Approved, result.Status);
        Assert.AreEqual(("approved", "approved"), (result.StatusText, result.OutcomeText));
        CollectionAssert.AreEqual(new[] { "Accepted" }, result.Plan.AddLabels.ToArray());
        CollectionAssert.AreEqual(new[] { "In review", "in voting" }, result.Plan.RemoveLabels.ToArray());
        CollectionAssert.AreEqual(new[] { VoteTally.TallyPurpose, VoteTally.OutcomePurpose }, result.Plan.Comments.Select(c => c.Purpose).ToArray());
        Assert.IsNull(result.Plan.State);
        Assert.AreEqual(new BoardPlacement("Done") { MovedOnAt = result.Window!.ClosedAt!.Value }, result.Plan.Board);
    }

    [TestMethod]
    public void Decline_adds_declined_and_keeps_the_issue_open_by_default()
    {
        var result = Closed(approvals: 1).Tally();
        Assert.AreEqual(VoteOutcome.Declined, result.Outcome);
        CollectionAssert.AreEqual(new[] { "Declined" }, result.Plan.AddLabels.ToArray());
        Assert.IsNull(result.Plan.State);
        Assert.AreEqual(new BoardPlacement("Done") { MovedOnAt = result.Window!.ClosedAt!.Value }, result.Plan.Board);
    }

    [TestMethod]
    public void Decline_closes_the_issue_when_configured()
    {
        var s = Closed(approvals: 1);
        s.Rules = new TallyRules { CloseDeclinedIssues = true };
        Assert.AreEqual(new IssueStateChange(false, "not_planned"), s.Tally().Plan.State);

        s.IssueOpen = false;
        Assert.IsNull(s.Tally().Plan.State);
    }

    [TestMethod]
    public void Labels_follow_the_configured_names()
    {
        var s = Closed(approvals: 3);
        s.Labels.Clear();
        s.Labels.AddRange(["Review", "Vote"]);
        s.Rules = new TallyRules { Labels = new() { Accepted = "Approved", InReview = "Review", Voting = "Vote" } };
        var plan = s.Tally().Plan;
        CollectionAssert.AreEqual(new[] { "Approved" }, plan.AddLabels.ToArray());
        CollectionAssert.AreEqual(new[] { "Review", "Vote" }, plan.RemoveLabels.ToArray());
    }

    [TestMethod]
    public void Applied_plan_has_nothing_left_but_the_same_comments()
    {
        var s = Closed(approvals: 3);
        var first = s.TallyAndPublish();
        s.Labels.Clear();
        s.Labels.Add("Accepted");
        var second = s.TallyAndPublish();
        Assert.IsEmpty(second.Plan.AddLabels);
        Assert.IsEmpty(second.Plan.RemoveLabels);
        Assert.AreEqual(first.TallyComment, second.TallyComment);
        Assert.AreEqual(first.OutcomeComment, second.OutcomeComment);
    }
}
