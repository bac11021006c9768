using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Tests.Intake;

/// <summary>The summary of <c>validate --issue all</c> (the <c>intake-summary</c> template) against its golden file.</summary>
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

    private static Finding Finding(FindingStatus status) => new("stars", status, "150 stars; at least 200 needed.", "repository");

    private static (IssueSnapshot, IntakeReport, int) Row(int number, string title, IntakeVerdict verdict, IReadOnlyList<Finding> findings, int writes) =>
        (new IssueSnapshot(number, title, "", "janedoe", true, [], DateTimeOffset.UnixEpoch, null, ""), new IntakeReport(number, verdict, findings, []), writes);
}
