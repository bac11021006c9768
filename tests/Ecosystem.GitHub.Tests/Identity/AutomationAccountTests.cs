using Ecosystem.Domain.Guardians;
using Ecosystem.GitHub.Identity;
using Ecosystem.GitHub.Tests.Fakes;

namespace Ecosystem.GitHub.Tests.Identity;

/// <summary>Who the automation is after a switch of account: the token's account by id, and the former logins configured.</summary>
[TestClass]
public sealed class AutomationAccountTests
{
    private const long AppId = 9001;

    private static readonly AutomationAccount App = AutomationAccount.FromViewer("ecosystem-app", AppId, [Comments.Automation]);

    [TestMethod]
    public void A_comment_of_a_former_login_is_the_automations_and_spelt_as_its_login()
    {
        var former = Comments.By(Comments.Automation, 1, "<!-- ecosystem-bot:intake-report -->");

        Assert.IsTrue(App.Wrote(former));
        Assert.AreEqual("ecosystem-app[bot]", App.Recognise(former).Author);
        Assert.AreEqual(1, App.Own([App.Recognise(former)], "intake-report").Single().Id, "still its own once recognised");
    }

    [TestMethod]
    [DataRow("github-actions", false, DisplayName = "a person with the bot's bare login")]
    [DataRow("janedoe", false, DisplayName = "an applicant")]
    [DataRow("other-app[bot]", true, DisplayName = "another app")]
    public void A_comment_by_anyone_else_is_not(string author, bool isBot)
    {
        var forged = Comments.By(author, 2, "<!-- ecosystem-bot:intake-report -->") with { AuthorIsBot = isBot };

        Assert.IsFalse(App.Wrote(forged));
        Assert.AreEqual(author, App.Recognise(forged).Author);
    }

    [TestMethod]
    public void Without_former_logins_the_accounts_own_id_alone_counts()
    {
        var app = AutomationAccount.FromViewer("ecosystem-app", AppId);

        Assert.IsFalse(app.Wrote(Comments.By(Comments.Automation, 1, "<!-- ecosystem-bot:intake-report -->")));
        Assert.IsTrue(app.Is(AppId, "ecosystem-app[bot]", true));
    }

    [TestMethod]
    public void A_label_change_by_a_former_login_is_the_automations()
    {
        var at = new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

        Assert.AreEqual("ecosystem-app[bot]", App.Recognise(new LabelEvent("New", true, Comments.Automation, at)).Actor);
        Assert.AreEqual("github-actions", App.Recognise(new LabelEvent("New", true, "github-actions", at)).Actor);
    }
}
