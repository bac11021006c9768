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

    /// <summary>
    /// A bot configured as <c>name[bot]</c> is an app, which every reader spells so (GraphQL's Bot login gains the
    /// <c>[bot]</c> REST shows): a person whose login is its bare name is not it. A bot configured by its bare name may be a
    /// machine user or an app written without the suffix, so both count. Staff and the Working Group are people: an app
    /// named like one of them is not them.
    /// </summary>
    [TestMethod]
    [DataRow("renovate[bot]", true)]
    [DataRow("Renovate[BOT]", true)]
    [DataRow("renovate", false)]
    [DataRow("machine-user", true)]
    [DataRow("machine-user[bot]", true)]
    [DataRow("alice[bot]", false)]
    [DataRow("bob[bot]", false)]
    public void A_bot_configured_with_its_bot_suffix_is_an_app_and_never_a_person_of_its_bare_name(string login, bool mayChangeLabels)
    {
        var people = new TrustedPeople(["alice"], ["bob"], "github-actions[bot]", ["renovate[bot]", "machine-user"]);

        Assert.AreEqual(mayChangeLabels, people.MayChangeLabels(login));
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
