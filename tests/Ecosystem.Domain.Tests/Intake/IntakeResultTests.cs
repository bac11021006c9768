using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Tests.Intake;

/// <summary>
/// What <c>validate</c> tells the job: why an issue is left alone, the log lines, and the summary of <c>validate --issue
/// all</c> (the <c>intake-summary</c> template) against its golden file.
/// </summary>
[TestClass]
public sealed class IntakeResultTests
{
    [TestMethod]
    public void A_repository_without_applications_says_so() =>
        GoldenFile.AssertMatches("intake-summary-empty", IntakeResult.Summarize([]));

    [TestMethod]
    public void Each_open_application_is_a_row_with_its_verdict_problems_and_changes_and_its_title_stays_in_its_cell()
    {
        var text = IntakeResult.Summarize(
        [
            Result(3, "[Ecosystem] TorchRender | fast", IntakeVerdict.Complete, [], writes: 2),
            Result(7, "[Ecosystem] TorchThing", IntakeVerdict.Incomplete, [Finding(FindingStatus.Fail), Finding(FindingStatus.Fail), Finding(FindingStatus.Warning)], writes: 0),
        ]);

        GoldenFile.AssertMatches("intake-summary", text);
    }

    [TestMethod]
    public void Each_issue_logs_its_verdict_and_changes_and_an_issue_that_is_no_application_is_left_alone()
    {
        var result = Result(3, "[Ecosystem] TorchRender", IntakeVerdict.Incomplete, [], writes: 2);
        var notAnApplication = result with { Report = result.Report with { Verdict = IntakeVerdict.NotAnApplication }, Writes = 0 };

        Assert.AreEqual("#3 [Ecosystem] TorchRender: incomplete; 2 changes.", result.LogLine);
        Assert.AreEqual("#3 [Ecosystem] TorchRender: incomplete; 1 change.", (result with { Writes = 1 }).LogLine);
        StringAssert.StartsWith(IntakeResult.Summarize([result]), "## Intake check of 1 open application: 0 complete");
        Assert.AreEqual("#3 is not an application; left alone.", notAnApplication.LogLine);
        Assert.AreEqual(
            "#3 is not an application (no form questions, no template title, no application label): nothing was done.", notAnApplication.Summary);
    }

    [TestMethod]
    public void A_pull_request_and_a_closed_issue_are_left_alone_and_say_why()
    {
        var issue = Issue(42, "[Ecosystem] TorchRender");

        Assert.IsNull(IntakeResult.WhyLeftAlone(issue));
        Assert.AreEqual("#42 is a pull request; intake checks application issues only.", IntakeResult.WhyLeftAlone(issue with { IsPullRequest = true }));
        Assert.AreEqual(
            "#42 is closed; intake checks open issues only (reopening it runs the check).", IntakeResult.WhyLeftAlone(issue with { IsOpen = false }));
    }

    [TestMethod]
    [DataRow("opened")]
    [DataRow("edited")]
    [DataRow("reopened")]
    public void Issues_event_that_changes_the_body_checks_its_issue(string action) =>
        Assert.IsNull(IntakeResult.WhyNotOnEvent(Issue(42, "[Ecosystem] TorchRender"), "issues", action));

    [TestMethod]
    public void Any_other_event_and_a_pull_request_check_nothing_and_say_why()
    {
        var issue = Issue(42, "[Ecosystem] TorchRender");

        Assert.AreEqual(
            "Intake runs when an issue is opened, edited or reopened; this event is issues.labeled.", IntakeResult.WhyNotOnEvent(issue, "issues", "labeled"));
        Assert.AreEqual(
            "Intake runs when an issue is opened, edited or reopened; this event is issue_comment.created.", IntakeResult.WhyNotOnEvent(issue, "issue_comment", "created"));
        Assert.AreEqual(
            "#42 is a pull request; intake checks application issues only.", IntakeResult.WhyNotOnEvent(issue with { IsPullRequest = true }, "issues", "opened"));
    }

    private static Finding Finding(FindingStatus status) => new("stars", status, "150 stars; at least 200 needed.", "repository");

    private static IssueSnapshot Issue(int number, string title) => new(number, title, "", "janedoe", true, [], DateTimeOffset.UnixEpoch, null, "");

    private static IntakeResult Result(int number, string title, IntakeVerdict verdict, IReadOnlyList<Finding> findings, int writes) =>
        new(Issue(number, title), new IntakeReport(number, verdict, findings, []), new IssuePlan(number), writes);
}
