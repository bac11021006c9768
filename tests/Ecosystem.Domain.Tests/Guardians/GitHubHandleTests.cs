using Ecosystem.Domain.Guardians;

namespace Ecosystem.Domain.Tests.Guardians;

[TestClass]
public sealed class GitHubHandleTests
{
    [TestMethod]
    [DataRow("octocat", "octocat")]
    [DataRow(" @octo-cat ", "octo-cat")]
    [DataRow("https://github.com/octocat/", "octocat")]
    [DataRow("HTTPS://www.GitHub.com/octocat", "octocat")]
    [DataRow("github.com/octocat", "octocat")]
    [DataRow("see https://github.com/octocat", null)]
    [DataRow("https://evilgithub.com/octocat", null)]
    [DataRow("https://github.com/octocat/repo", null)]
    [DataRow("not a login", null)]
    [DataRow("-leading-dash", null)]
    [DataRow("double--dash", null)]
    [DataRow("a@b.org", null)]
    [DataRow("@alice_acme", "alice_acme")]
    [DataRow("https://github.com/alice_acme", "alice_acme")]
    [DataRow("alice__acme", null)]
    [DataRow("", null)]
    public void Handles_are_reduced_to_logins(string handle, string? expected)
    {
        Assert.AreEqual(expected, GitHubHandle.Normalise(handle));
    }

    [TestMethod]
    public void Logins_are_listed_once_in_order_without_what_is_no_login() =>
        CollectionAssert.AreEqual(
            new[] { "alice", "bob_acme" },
            GitHubHandle.Logins(["@alice", "TBA by the team", "https://github.com/bob_acme", "Alice"]).ToArray());

    [TestMethod]
    [DataRow("pytorch-fdn/ecosystem-wg", true)]
    [DataRow("@pytorch-fdn/ecosystem_wg.x", true)]
    [DataRow("ecosystem-wg", false)]
    [DataRow("org/team with space", false)]
    public void Teams_read_org_slash_slug(string team, bool expected)
    {
        Assert.AreEqual(expected, GitHubHandle.IsTeam(team));
    }
}
