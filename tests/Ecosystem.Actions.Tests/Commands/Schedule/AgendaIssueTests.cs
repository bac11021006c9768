using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Models;
using Ecosystem.GitHub.Plans;
using Moq;

namespace Ecosystem.Actions.Tests.Commands.Schedule;

/// <summary>The agenda issue as schedule keeps it through the applier: created when missing, edited only when its text differs.</summary>
[TestClass]
public sealed class AgendaIssueTests
{
    private const string Body = "<!-- ecosystem-bot:review-agenda -->\n## Review session 2027-01-12\n\n| 1 | [#3] |";
    private static readonly IssueDraft Agenda = new("Review session 2027-01-12", Body);

    private static IssueSnapshot Existing(int number, string title, string body) =>
        new(number, title, body, World.Automation, true, [], DateTimeOffset.UnixEpoch, null, $"https://github.com/o/r/issues/{number}");

    [TestMethod]
    public async Task A_missing_agenda_is_created()
    {
        var gateway = new Mock<IGitHubGateway>(MockBehavior.Strict);
        gateway.Setup(g => g.CreateIssueAsync(new IssueDraft(Agenda.Title, Body))).ReturnsAsync(Existing(40, Agenda.Title, Body));

        var (issue, writes) = await new IssuePlanApplier(gateway.Object).WriteIssueAsync(null, Agenda);

        Assert.AreEqual((40, "https://github.com/o/r/issues/40"), (issue.Number, issue.HtmlUrl));
        Assert.HasCount(1, writes);
    }

    [TestMethod]
    public async Task The_same_text_with_other_line_endings_is_left_alone()
    {
        var gateway = new Mock<IGitHubGateway>(MockBehavior.Strict);

        var (_, writes) = await new IssuePlanApplier(gateway.Object).WriteIssueAsync(Existing(41, Agenda.Title, Body.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n"), Agenda);

        Assert.IsEmpty(writes);
    }

    [TestMethod]
    public async Task A_different_body_is_edited_in_place()
    {
        var gateway = new Mock<IGitHubGateway>(MockBehavior.Strict);
        gateway.Setup(g => g.UpdateIssueAsync(41, It.Is<IssueEdit>(e => e.Body == Body && e.Title == null && e.State == null)))
            .ReturnsAsync(Existing(41, Agenda.Title, Body));

        var (issue, writes) = await new IssuePlanApplier(gateway.Object).WriteIssueAsync(Existing(41, Agenda.Title, "<!-- ecosystem-bot:review-agenda -->\nold"), Agenda);

        Assert.AreEqual(41, issue.Number);
        Assert.HasCount(1, writes);
        gateway.VerifyAll();
    }
}
