using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class GitHubUrlTests
{
    [TestMethod]
    [DataRow("https://github.com/org/repo")]
    [DataRow("https://github.com/org/repo/")]
    [DataRow("https://github.com/org/repo.git")]
    [DataRow("http://www.github.com/org/repo")]
    [DataRow("github.com/org/repo")]
    [DataRow("<https://github.com/org/repo>")]
    [DataRow("[repo](https://github.com/org/repo)")]
    [DataRow("https://github.com/org/repo/tree/main/src")]
    // The form asks for the top-level repository; an organisation or a package page written before it is context.
    [DataRow("https://github.com/org (main repository: https://github.com/org/repo)")]
    [DataRow("PyPI: https://pypi.org/project/repo/, source: github.com/org/repo")]
    [DataRow("git@github.com:org/repo.git")]
    // A label glued to the URL, and the full-width colon, brackets and full stop of Chinese and Japanese keyboards.
    [DataRow("Repo:https://github.com/org/repo")]
    [DataRow("GitHub:github.com/org/repo")]
    [DataRow("仓库：https://github.com/org/repo")]
    [DataRow("（https://github.com/org/repo）")]
    [DataRow("https://github.com/org/repo。")]
    // Smart quotes, as a document pastes them, and the corner and lenticular brackets of those keyboards.
    [DataRow("“https://github.com/org/repo”")]
    [DataRow("‘github.com/org/repo’")]
    [DataRow("「https://github.com/org/repo」")]
    [DataRow("【https://github.com/org/repo】")]
    [DataRow("Repo:\u00A0https://github.com/org/repo")]
    // A symbol typed against the URL, and the ellipsis that a keyboard's smart punctuation makes of "...".
    [DataRow("🔗https://github.com/org/repo")]
    [DataRow("Repo→https://github.com/org/repo")]
    [DataRow("https://github.com/org/repo…")]
    public void Repository_urls_are_tolerated(string answer)
    {
        var url = GitHubUrl.Parse(answer);

        Assert.AreEqual(GitHubUrlKind.Repository, url.Kind);
        Assert.AreEqual("org/repo", url.Repository!.FullName);
    }

    /// <summary>An answer that is exactly GitHub's shorthand for a repository names it, as its URL would.</summary>
    [TestMethod]
    [DataRow("acme-labs/fastcurve", "acme-labs/fastcurve")]
    [DataRow("`acme-labs/fastcurve`", "acme-labs/fastcurve")]
    [DataRow("acme-labs/fastcurve/", "acme-labs/fastcurve")]
    [DataRow("  acme-labs/fastcurve\n", "acme-labs/fastcurve")]
    [DataRow("`acme-labs/fastcurve/`", "acme-labs/fastcurve")]
    [DataRow("acme-labs/fast.curve_2", "acme-labs/fast.curve_2")]
    public void An_answer_of_only_an_owner_and_a_name_is_that_github_repository(string answer, string expected)
    {
        var url = GitHubUrl.Parse(answer);

        Assert.AreEqual((GitHubUrlKind.Repository, expected), (url.Kind, url.Repository?.FullName));
        Assert.AreEqual("https://github.com/" + expected, url.Address);
    }

    [TestMethod]
    [DataRow("pip install acme/fastcurve", DisplayName = "a command")]
    [DataRow("N/A")]
    [DataRow("n/a")]
    [DataRow("TBA")]
    [DataRow("acme/fastcurve/extras", DisplayName = "three parts")]
    [DataRow("./fastcurve", DisplayName = "a relative path")]
    [DataRow("/home/acme/fastcurve", DisplayName = "an absolute path")]
    [DataRow("~/fastcurve", DisplayName = "a home path")]
    [DataRow("It lives in acme/fastcurve for now", DisplayName = "prose with a slash")]
    [DataRow("acme/fastcurve (private until 1.0)", DisplayName = "the shorthand and words")]
    [DataRow("-acme/fastcurve", DisplayName = "no GitHub login")]
    [DataRow("acme/fast curve", DisplayName = "a space in the name")]
    [DataRow("TBD/TBA", DisplayName = "placeholder words")]
    [DataRow("TBA/TBD", DisplayName = "placeholder words, swapped")]
    [DataRow("na/na", DisplayName = "not-applicable words")]
    [DataRow("`none/none`", DisplayName = "not-applicable words in backticks")]
    public void Other_answers_with_a_slash_name_no_repository(string answer) => Assert.AreEqual(GitHubUrlKind.None, GitHubUrl.Parse(answer).Kind);

    [TestMethod]
    [DataRow("https://github.com/org/torch\\_render")]
    [DataRow("Repo: github.com/org/torch\\_render.")]
    public void A_markdown_escape_in_a_url_is_read_as_markdown_shows_it(string answer) =>
        Assert.AreEqual("org/torch_render", GitHubUrl.Parse(answer).Repository?.FullName);

    [TestMethod]
    public void A_managed_user_owns_repositories_too() =>
        Assert.AreEqual("alice_acme/repo", GitHubUrl.Parse("https://github.com/alice_acme/repo").Repository?.FullName);

    [TestMethod]
    [DataRow("https://github.com/org", GitHubUrlKind.Organisation)]
    [DataRow("https://gitlab.com/org/repo", GitHubUrlKind.OtherForgeRepository)]
    [DataRow("codeberg.org/org/repo", GitHubUrlKind.OtherForgeRepository)]
    [DataRow("https://gitlab.example.edu/group/sub/repo", GitHubUrlKind.OtherForgeRepository)]
    // A group on another forge is its organisation, as github.com/org is, not a host the report calls no code forge.
    [DataRow("https://gitlab.com/torchrender", GitHubUrlKind.Organisation)]
    [DataRow("codeberg.org/torchrender/", GitHubUrlKind.Organisation)]
    [DataRow("https://example.org/project", GitHubUrlKind.OtherHost)]
    [DataRow("example.org", GitHubUrlKind.OtherHost)]
    [DataRow("httpbin.org", GitHubUrlKind.OtherHost)]
    // The organisation's own pages (its Repositories tab) name it, as github.com/org does: no malformed URL.
    [DataRow("https://github.com/orgs/pytorch/repositories", GitHubUrlKind.Organisation)]
    [DataRow("github.com/orgs/pytorch", GitHubUrlKind.Organisation)]
    [DataRow("https://github.com/orgs", GitHubUrlKind.Malformed)]
    [DataRow("https://github.com", GitHubUrlKind.Malformed)]
    [DataRow("https://localhost/x", GitHubUrlKind.Malformed)]
    [DataRow("our repo is private", GitHubUrlKind.None)]
    public void Other_answers_are_classified(string answer, GitHubUrlKind kind) => Assert.AreEqual(kind, GitHubUrl.Parse(answer).Kind);

    [TestMethod]
    [DataRow("https://gitlab.com/org/repo", "GitLab")]
    [DataRow("https://codeberg.org/org/repo", "Codeberg")]
    [DataRow("https://bitbucket.org/org/repo", "Bitbucket")]
    public void Other_forges_are_named(string answer, string forge) => Assert.AreEqual(forge, GitHubUrl.Parse(answer).Forge);

    [TestMethod]
    public void Address_adds_the_scheme_a_browser_would() =>
        Assert.AreEqual("https://example.org/docs", GitHubUrl.Parse("See example.org/docs.").Address);
}
