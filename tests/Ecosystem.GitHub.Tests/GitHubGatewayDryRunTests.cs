using System.Text.Json;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;
using Ecosystem.GitHub.Models;
using Ecosystem.GitHub.Plans;
using Ecosystem.GitHub.Tests.Fakes;

namespace Ecosystem.GitHub.Tests;

[TestClass]
public sealed class GitHubGatewayDryRunTests
{
    [TestMethod]
    public async Task Dry_run_reads_but_sends_no_write()
    {
        using var github = new TestGateway(dryRun: true);
        github.Handler.RespondJson(GitHubJson.Issue(12, labels: ["Application"]))
            .RespondJson(JsonSerializer.Serialize(new[]
            {
                GitHubJson.CommentObject(991, HiddenMarker.Stamp("intake-report", "Missing: licence."), "github-actions[bot]", "Bot"),
            }))
            .RespondJson("""{"data":{"viewer":{"login":"github-actions"}}}""")
            .RespondJson(GitHubJson.Issue(12, labels: ["Application"]));
        var dryRun = github.Gateway;

        var issue = await dryRun.GetIssueAsync(12);
        var comments = await dryRun.GetCommentsAsync(12);
        var plan = new IssuePlan(12)
        {
            AddAssignees = ["bob"],
            AddLabels = ["In review"],
            RemoveLabels = ["application"],
            Comments = [new CommentUpsert("intake-report", "All requirements met."), new CommentUpsert("welcome", "Thanks!")],
            State = new IssueStateChange(false, "completed"),
        };
        var warnings = new List<string>();
        var reported = await new IssuePlanApplier(dryRun, warn: warnings.Add).ApplyAsync(issue, comments, plan);
        await dryRun.CreateIssueAsync(new IssueDraft("Review session 2026-12-08", "Agenda"));
        await dryRun.UpdateBoardAsync(
            new ProjectBoard("PVT", "Ecosystem", "S", [new BoardOption("o", "In review")], "D"),
            [new BoardItem(12, "I_12", null, "In review", new DateOnly(2026, 12, 8))]);

        Assert.IsFalse(github.Handler.Requests.Any(r => r.IsWrite), "no write may reach GitHub in dry-run");
        CollectionAssert.AreEqual(
            new[]
            {
                "assign #12 to [bob]",
                "edit comment 991 on #12 (intake-report)",
                "create comment on #12 (welcome)",
                "add labels [In review] to #12",
                "remove label [Application] from #12",
                "close #12 as completed",
                "create issue \"Review session 2026-12-08\"",
                "board \"Ecosystem\": add, set Status to In review, set date to 2026-12-08 for #12",
            },
            dryRun.PlannedWrites.Select(w => w.Description).ToArray());
        CollectionAssert.AreEqual(reported.Select(w => w.Description).ToArray(), dryRun.PlannedWrites.Take(6).Select(w => w.Description).ToArray());
        Assert.IsEmpty(warnings, "a dry run takes every assignee as kept");
    }

    [TestMethod]
    public async Task Dry_run_issue_edit_answers_with_the_edited_issue()
    {
        using var github = new TestGateway(dryRun: true);
        github.Handler.RespondJson("""{"data":{"viewer":{"login":"github-actions"}}}""").RespondJson(GitHubJson.Issue(12));
        var dryRun = github.Gateway;

        var issue = await dryRun.UpdateIssueAsync(12, new IssueEdit { Title = "New title", State = new IssueStateChange(false) });

        Assert.AreEqual("New title", issue.Title);
        Assert.IsFalse(issue.IsOpen);
        Assert.IsFalse(github.Handler.Requests.Any(r => r.IsWrite), "who the automation is, and the issue as it stands: reads only");
        Assert.AreEqual(HttpMethod.Get, github.Handler.Requests[^1].Method);
        Assert.AreEqual("close #12 (title \"New title\")", dryRun.PlannedWrites.Single().Description);
    }
}
