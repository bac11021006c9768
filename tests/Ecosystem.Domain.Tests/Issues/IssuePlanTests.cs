using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Tests.Issues;

[TestClass]
public sealed class IssuePlanTests
{
    [TestMethod]
    public void Two_plans_for_one_issue_become_one_with_each_label_and_purpose_once()
    {
        var vote = new IssuePlan(7)
        {
            RemoveLabels = ["In review", "in voting"],
            Comments = [new CommentUpsert("vote-tally", "tally")],
            Board = new BoardPlacement("Done"),
        };
        var outcome = new IssuePlan(7)
        {
            AddLabels = ["too early"],
            RemoveLabels = ["In Review", "too early"],
            Comments = [new CommentUpsert("vote-tally", "other"), new CommentUpsert("outcome-too-early", "expectations")],
            State = new IssueStateChange(Open: false, StateReason: "not_planned"),
            AddAssignees = ["alice"],
        };

        var merged = vote.With(outcome);

        CollectionAssert.AreEqual(new[] { "too early" }, merged.AddLabels.ToArray());
        CollectionAssert.AreEqual(new[] { "In review", "in voting" }, merged.RemoveLabels.ToArray(), "a label the other plan adds is not removed");
        CollectionAssert.AreEqual(new[] { "tally", "expectations" }, merged.Comments.Select(c => c.Body).ToArray());
        Assert.AreEqual(outcome.State, merged.State);
        CollectionAssert.AreEqual(new[] { "alice" }, merged.AddAssignees.ToArray());
        Assert.AreEqual(new BoardPlacement("Done"), merged.Board, "kept when the other plan leaves the board alone");
    }

    [TestMethod]
    public void An_issue_takes_a_plans_labels_as_the_applier_writes_them()
    {
        var issue = new IssueSnapshot(7, "[Ecosystem] TorchThing", "body", "applicant", true, ["New", "In Review"],
            DateTimeOffset.UnixEpoch, null, "https://github.com/pytorch-fdn/ecosystem/issues/7");

        var after = issue.WithLabelsOf(new IssuePlan(7) { AddLabels = ["new", "Accepted", "accepted"], RemoveLabels = ["in review", "Declined"] });

        CollectionAssert.AreEqual(new[] { "New", "Accepted" }, after.Labels.ToArray(), "removed by any case; only the missing added, once");
    }

    [TestMethod]
    public void A_board_placement_alone_leaves_the_issue_but_is_not_empty()
    {
        var plan = new IssuePlan(7) { Board = new BoardPlacement("Done") };

        Assert.IsTrue(plan.LeavesIssue);
        Assert.IsFalse(plan.IsEmpty);
    }
}
