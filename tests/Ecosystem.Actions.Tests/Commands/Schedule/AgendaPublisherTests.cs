using Ecosystem.Actions.Commands.Schedule;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Models;
using Ecosystem.GitHub.Plans;
using Moq;

namespace Ecosystem.Actions.Tests.Commands.Schedule;

[TestClass]
public sealed class AgendaPublisherTests
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

        var outcome = await new AgendaPublisher(new IssuePlanApplier(gateway.Object)).PublishAsync(Agenda, [Existing(30, "Review session 2026-12-08", Body)]);

        Assert.AreEqual(new AgendaOutcome(AgendaChange.Created, 40, "https://github.com/o/r/issues/40"), outcome);
    }

    [TestMethod]
    public async Task The_same_text_with_other_line_endings_is_left_alone()
    {
        var gateway = new Mock<IGitHubGateway>(MockBehavior.Strict);

        var outcome = await new AgendaPublisher(new IssuePlanApplier(gateway.Object)).PublishAsync(Agenda, [Existing(41, Agenda.Title, Body.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n")]);

        Assert.AreEqual(AgendaChange.Unchanged, outcome.Change);
    }

    [TestMethod]
    public async Task A_different_body_is_edited_in_place()
    {
        var gateway = new Mock<IGitHubGateway>(MockBehavior.Strict);
        gateway.Setup(g => g.UpdateIssueAsync(41, It.Is<IssueEdit>(e => e.Body == Body && e.Title == null && e.State == null)))
            .ReturnsAsync(Existing(41, Agenda.Title, Body));

        var outcome = await new AgendaPublisher(new IssuePlanApplier(gateway.Object)).PublishAsync(Agenda, [Existing(41, Agenda.Title, "<!-- ecosystem-bot:review-agenda -->\nold")]);

        Assert.AreEqual(new AgendaOutcome(AgendaChange.Updated, 41, "https://github.com/o/r/issues/41"), outcome);
        gateway.VerifyAll();
    }
}
