using Ecosystem.Domain.Guardians;

namespace Ecosystem.Domain.Tests.Guardians;

[TestClass]
public sealed class TrustedPeopleTests
{
    private static readonly TrustedPeople People = new(["Alice"], ["bob"], "github-actions[bot]", ["helper"]);

    [TestMethod]
    [DataRow("github-actions", false)]
    [DataRow("GitHub-Actions[bot]", true)]
    [DataRow("helper[bot]", false)]
    [DataRow("alice", false)]
    [DataRow("", false)]
    public void Automation_is_recognised_by_its_exact_login_not_by_a_persons_bare_one_nor_a_configured_bot(string login, bool expected)
    {
        Assert.AreEqual(expected, People.IsAutomation(login));
        Assert.AreEqual(expected, TrustedPeople.IsAutomation(login, People.Automation));
    }

    [TestMethod]
    [DataRow("GitHub-Actions[bot]", true)]
    [DataRow("helper[bot]", true)]
    [DataRow("HELPER", true)]
    [DataRow("github-actions", false)]
    [DataRow("alice", false)]
    public void Trusted_bots_are_the_automation_and_the_configured_bots(string login, bool expected)
    {
        Assert.AreEqual(expected, People.IsTrustedBot(login));
    }

    [TestMethod]
    [DataRow("alice", true)]
    [DataRow("Bob", true)]
    [DataRow("helper", true)]
    [DataRow("mallory", false)]
    [DataRow("", false)]
    public void Staff_Working_Group_and_automation_may_change_labels(string login, bool expected)
    {
        Assert.AreEqual(expected, People.MayChangeLabels(login));
    }

    [TestMethod]
    public void Empty_automation_login_trusts_nobody_by_accident()
    {
        var people = new TrustedPeople([], [], "", []);

        Assert.IsFalse(people.MayChangeLabels(""));
        Assert.IsFalse(people.IsAutomation("someone"));
    }
}
