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
    public void Logins_compare_without_regard_to_case_and_as_read()
    {
        // Configured as written, given by GitHub's API in its own case: the same account.
        Assert.IsTrue(GitHubHandle.Same("Alice", "aLICE"));
        Assert.IsTrue(new HashSet<string>(["alice"], GitHubHandle.Comparer).Contains("ALICE"));
        // The '@' of a mention is the reader's to strip (Normalise, the form reader, CODEOWNERS), not the comparison's.
        Assert.IsFalse(GitHubHandle.Same("@alice", "alice"));
    }

    [TestMethod]
    [DataRow("pytorch-fdn/ecosystem-wg", true)]
    [DataRow("@pytorch-fdn/ecosystem_wg.x", true)]
    [DataRow("ecosystem-wg", false)]
    [DataRow("org/team with space", false)]
    public void Teams_read_org_slash_slug(string team, bool expected)
    {
        Assert.AreEqual(expected, GitHubHandle.IsTeam(team));
    }

    [TestMethod]
    [DataRow("alice_acme", true, "")]
    [DataRow("@dave", false, "`@dave` is not a GitHub login: write it without the @")]
    [DataRow("a--b", false, "`a--b` is not a GitHub login (1 to 39 letters, digits or single hyphens, not starting or ending with a hyphen; a managed user's login may end in _shortcode)")]
    public void A_configured_login_is_read_as_written_or_refused_saying_why(string text, bool read, string problem)
    {
        Assert.AreEqual(read, GitHubHandle.TryReadLogin(text, out var login, out var message));
        Assert.AreEqual((read ? text : null, problem), (login, message));
    }

    [TestMethod]
    public void A_configured_bot_may_carry_its_bot_suffix_and_is_named_as_written()
    {
        Assert.IsTrue(GitHubHandle.TryReadBot("my-app[bot]", out var bot, out _));
        Assert.AreEqual("my-app[bot]", bot);
        Assert.IsFalse(GitHubHandle.TryReadLogin("my-app[bot]", out _, out _));
        Assert.IsFalse(GitHubHandle.TryReadBot("bad bot[bot]", out _, out var problem));
        StringAssert.StartsWith(problem, "`bad bot[bot]` is not a GitHub login (");
    }

    [TestMethod]
    public void A_configured_team_is_read_without_the_at_it_may_be_written_with()
    {
        Assert.IsTrue(GitHubHandle.TryReadTeam("@pytorch-fdn/ecosystem-wg", out var team, out _));
        Assert.AreEqual("pytorch-fdn/ecosystem-wg", team, "the team lookup splits org/slug as read, so no '@' may stay");
    }

    [TestMethod]
    public void A_configured_team_that_is_no_team_is_refused_with_the_form_it_needs()
    {
        Assert.IsFalse(GitHubHandle.TryReadTeam("ecosystem-staff", out _, out var problem));
        Assert.AreEqual("`ecosystem-staff` is not a team of the form org/team-slug (such as pytorch-fdn/ecosystem-wg)", problem);
        Assert.IsFalse(GitHubHandle.IsTeam("-org/team"));
        Assert.IsFalse(GitHubHandle.IsTeam("org/team/extra"));
        Assert.IsTrue(GitHubHandle.IsTeam("abcdefghijabcdefghijabcdefghijabcdefghi/x"));
        Assert.IsFalse(GitHubHandle.IsTeam("abcdefghijabcdefghijabcdefghijabcdefghij/x"));
    }
}
