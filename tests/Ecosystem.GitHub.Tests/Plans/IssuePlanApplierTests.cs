using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;
using Ecosystem.GitHub.Models;
using Ecosystem.GitHub.Plans;
using Moq;

namespace Ecosystem.GitHub.Tests.Plans;

[TestClass]
public sealed class IssuePlanApplierTests
{
    private static readonly string Report = HiddenMarker.Stamp("intake-report", "All requirements met.");

    private readonly Mock<IGitHubGateway> _gateway = new(MockBehavior.Strict);

    public IssuePlanApplierTests() => _gateway.Setup(g => g.GetAutomationAsync()).ReturnsAsync(Fakes.Comments.Account);

    [TestMethod]
    public async Task Plan_matching_the_issue_writes_nothing()
    {
        var issue = Issue(open: false, "Application", "In review");
        var plan = new IssuePlan(12)
        {
            AddLabels = ["in review", "APPLICATION"],
            RemoveLabels = ["needs-info"],
            Comments = [new CommentUpsert("intake-report", Report)],
            State = new IssueStateChange(false, "completed"),
        };

        var writes = (await new IssuePlanApplier(_gateway.Object).ApplyAsync(issue, [Fakes.Comments.By(Fakes.Comments.Automation, 991, Report)], plan));

        Assert.IsEmpty(writes);
        _gateway.Verify(g => g.GetAutomationAsync(), Times.AtMostOnce);
        _gateway.VerifyNoOtherCalls();
    }

    [TestMethod]
    public async Task Only_missing_labels_are_added_and_only_present_ones_removed()
    {
        var issue = Issue(open: true, "Application", "Needs-Info");
        _gateway.Setup(g => g.AddLabelsAsync(12, It.Is<IReadOnlyList<string>>(l => l.SequenceEqual(new[] { "In review" })))).Returns(Task.CompletedTask);
        _gateway.Setup(g => g.RemoveLabelAsync(12, "Needs-Info")).Returns(Task.CompletedTask);
        var plan = new IssuePlan(12) { AddLabels = ["application", "In review", "in review"], RemoveLabels = ["needs-info", "rejected"] };

        var writes = (await new IssuePlanApplier(_gateway.Object).ApplyAsync(issue, [], plan));

        CollectionAssert.AreEqual(
            new[] { "add labels [In review] to #12", "remove label [Needs-Info] from #12" },
            writes.Select(w => w.Description).ToArray());
        _gateway.Verify(g => g.RemoveLabelAsync(12, It.IsAny<string>()), Times.Once);
    }

    [TestMethod]
    public async Task Comment_and_state_are_changed_when_different()
    {
        var issue = Issue(open: true, "Application");
        var old = Fakes.Comments.By(Fakes.Comments.Automation, 991, HiddenMarker.Stamp("intake-report", "Missing: licence."));
        _gateway.Setup(g => g.UpdateCommentAsync(12, 991, Report)).ReturnsAsync(old with { Body = Report });
        _gateway.Setup(g => g.UpdateIssueAsync(12, new IssueEdit { State = new IssueStateChange(false, "not_planned") })).ReturnsAsync(issue with { IsOpen = false });
        var plan = new IssuePlan(12) { Comments = [new CommentUpsert("intake-report", Report)], State = new IssueStateChange(false, "not_planned") };

        var writes = (await new IssuePlanApplier(_gateway.Object).ApplyAsync(issue, [old], plan));

        CollectionAssert.AreEqual(
            new[] { "edit comment 991 on #12 (intake-report)", "close #12 as not_planned" },
            writes.Select(w => w.Description).ToArray());
    }

    [TestMethod]
    public async Task Closing_and_relabelling_changes_labels_by_name_never_by_sending_the_list()
    {
        // A PATCH with the whole list read earlier would undo a label another run changed in between.
        var issue = Issue(open: true, "Application", "In review");
        _gateway.Setup(g => g.AddLabelsAsync(12, It.Is<IReadOnlyList<string>>(l => l.SequenceEqual(new[] { "Declined" })))).Returns(Task.CompletedTask);
        _gateway.Setup(g => g.RemoveLabelAsync(12, "In review")).Returns(Task.CompletedTask);
        _gateway.Setup(g => g.UpdateIssueAsync(12, new IssueEdit { State = new IssueStateChange(false, "not_planned") })).ReturnsAsync(issue with { IsOpen = false });
        var plan = new IssuePlan(12) { AddLabels = ["Declined"], RemoveLabels = ["In review"], State = new IssueStateChange(false, "not_planned") };

        var writes = (await new IssuePlanApplier(_gateway.Object).ApplyAsync(issue, [], plan));

        CollectionAssert.AreEqual(
            new[] { "add labels [Declined] to #12", "remove label [In review] from #12", "close #12 as not_planned" },
            writes.Select(w => w.Description).ToArray());
        // IssueEdit has no label list at all, so the one edit can only be the state change.
        _gateway.Verify(g => g.UpdateIssueAsync(12, It.IsAny<IssueEdit>()), Times.Once);
    }

    [TestMethod]
    public async Task An_assignee_GitHub_leaves_out_is_a_warning_and_recorded_as_refused()
    {
        // GitHub answers 201 with the issue, only without bob (no access to the repository); alice was assigned before.
        var issue = Issue(open: true) with { Assignees = ["alice"] };
        _gateway.Setup(g => g.AddAssigneesAsync(12, It.Is<IReadOnlyList<string>>(l => l.SequenceEqual(new[] { "bob", "carol" }))))
            .ReturnsAsync(["carol"]);
        var warnings = new List<string>();
        var applier = new IssuePlanApplier(_gateway.Object, warn: warnings.Add);

        var applied = await applier.ApplyAsync(issue, [], new IssuePlan(12) { AddAssignees = ["Alice", "bob", "carol", "Bob"] });

        CollectionAssert.AreEqual(new[] { "assign #12 to [bob, carol]" }, applied.Select(w => w.Description).ToArray());
        Assert.AreEqual(
            "GitHub did not assign @bob to #12: it assigns only people with access to the repository (or who commented on the issue). "
            + "Give them access, then assign them by hand.",
            warnings.Single());
        CollectionAssert.AreEqual(new[] { "bob" }, applier.Refused[12].ToArray());
    }

    [TestMethod]
    public async Task Assignees_GitHub_keeps_are_no_warning()
    {
        _gateway.Setup(g => g.AddAssigneesAsync(12, It.IsAny<IReadOnlyList<string>>())).ReturnsAsync(["bob"]);
        var warnings = new List<string>();
        var applier = new IssuePlanApplier(_gateway.Object, warn: warnings.Add);

        var applied = await applier.ApplyAsync(Issue(open: true), [], new IssuePlan(12) { AddAssignees = ["bob"] });

        Assert.HasCount(1, applied);
        Assert.IsEmpty(warnings);
        Assert.IsEmpty(applier.Refused);
    }

    [TestMethod]
    public async Task Plan_for_another_issue_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            new IssuePlanApplier(_gateway.Object).ApplyAsync(Issue(open: true), [], new IssuePlan(13)));

        StringAssert.Contains(error.Message, "#13");
    }

    [TestMethod]
    public async Task Plan_adding_and_removing_one_label_is_refused()
    {
        var plan = new IssuePlan(12) { AddLabels = ["In review"], RemoveLabels = ["in review"] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new IssuePlanApplier(_gateway.Object).ApplyAsync(Issue(open: true), [], plan));

        StringAssert.Contains(error.Message, "both adds and removes label 'In review'");
        _gateway.VerifyNoOtherCalls();
    }

    private static IssueSnapshot Issue(bool open, params string[] labels) => new(
        12,
        "Application: torchfoo",
        "body",
        "applicant",
        open,
        labels,
        new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero),
        open ? null : new DateTimeOffset(2026, 11, 3, 10, 0, 0, TimeSpan.Zero),
        "https://github.test/pytorch-fdn/ecosystem/issues/12");
}
