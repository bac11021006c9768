using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Tests.Intake;

/// <summary>The log lines of <c>validate</c>, and the summary of <c>validate --issue all</c> (the <c>intake-summary</c> template) against its golden file.</summary>
[TestClass]
public sealed class IntakeSummaryTests
{
    [TestMethod]
    public void A_repository_without_applications_says_so() =>
        GoldenFile.AssertMatches("intake-summary-empty", IntakeSummary.Render([]));

    [TestMethod]
    public void Each_open_application_is_a_row_with_its_verdict_problems_and_changes_and_its_title_stays_in_its_cell()
    {
        var text = IntakeSummary.Render(
        [
            Row(3, "[Ecosystem] TorchRender | fast", IntakeVerdict.Complete, [], writes: 2),
            Row(7, "[Ecosystem] TorchThing", IntakeVerdict.Incomplete, [Finding(FindingStatus.Fail), Finding(FindingStatus.Fail), Finding(FindingStatus.Warning)], writes: 0),
        ]);

        GoldenFile.AssertMatches("intake-summary", text);
    }

    [TestMethod]
    public void Each_issue_logs_its_verdict_and_changes_and_an_issue_that_is_no_application_is_left_alone()
    {
        var (issue, report, _) = Row(3, "[Ecosystem] TorchRender", IntakeVerdict.Incomplete, [], writes: 0);

        Assert.AreEqual("#3 [Ecosystem] TorchRender: incomplete; 2 change(s).", IntakeSummary.LogLine(issue, report, 2));
        Assert.AreEqual("#3 is not an application; left alone.", IntakeSummary.LogLine(issue, report with { Verdict = IntakeVerdict.NotAnApplication }, 0));
        Assert.AreEqual(
            "#3 is not an application (no form questions, no template title, no application label): nothing was done.", IntakeSummary.NotAnApplication(3));
    }

    private static Finding Finding(FindingStatus status) => new("stars", status, "150 stars; at least 200 needed.", "repository");

    private static (IssueSnapshot, IntakeReport, int) Row(int number, string title, IntakeVerdict verdict, IReadOnlyList<Finding> findings, int writes) =>
        (new IssueSnapshot(number, title, "", "janedoe", true, [], DateTimeOffset.UnixEpoch, null, ""), new IntakeReport(number, verdict, findings, []), writes);
}
