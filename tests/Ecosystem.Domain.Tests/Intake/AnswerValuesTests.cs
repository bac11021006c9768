using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class AnswerValuesTests
{
    [TestMethod]
    [DataRow("a@x.org, b@y.org", "a@x.org|b@y.org")]
    [DataRow("a@x.org; b@y.org", "a@x.org|b@y.org")]
    [DataRow("a@x.org b@y.org\nc@z.org", "a@x.org|b@y.org|c@z.org")]
    [DataRow("- Ann <a@x.org>\n- Bob <b@y.org>", "a@x.org|b@y.org")]
    [DataRow("Email: a@x.org\nEmail:b@y.org", "a@x.org|b@y.org")]
    [DataRow("[a@x.org](mailto:a@x.org)", "a@x.org")]
    [DataRow("mailto:a@x.org.", "a@x.org")]
    [DataRow("@a@x.org", "a@x.org")]
    [DataRow("TBA", "")]
    // Full-width separators, as Chinese and Japanese keyboards type them.
    [DataRow("a@x.org、b@y.org，c@z.org；d@w.org", "a@x.org|b@y.org|c@z.org|d@w.org")]
    // The no-break space a page or a document pastes, the ideographic space of those keyboards, and smart quotes.
    [DataRow("a@x.org\u00A0b@y.org\u3000c@z.org", "a@x.org|b@y.org|c@z.org")]
    [DataRow("“a@x.org”, ‘b@y.org’", "a@x.org|b@y.org")]
    // A Markdown escape is no part of the address, as Markdown shows it ("jane_doe@…").
    [DataRow("jane\\_doe@x.org, **raj\\_patel@y.org**", "jane_doe@x.org|raj_patel@y.org")]
    public void Email_candidates_are_found_however_they_are_written(string answer, string expected)
    {
        var wanted = expected.Length == 0 ? [] : expected.Split('|');

        CollectionAssert.AreEqual(wanted, AnswerValues.EmailCandidates(answer).ToList());
    }

    [TestMethod]
    [DataRow("jane.doe+pt@example.org", true)]
    [DataRow("wang@例子.中国", true)]
    [DataRow("jane@localhost", false)]
    [DataRow("jane@@example.org", false)]
    [DataRow("@example.org", false)]
    [DataRow("jane@-bad.org", false)]
    [DataRow("jane@example.c0m", false)]
    public void Email_validity(string email, bool valid) => Assert.AreEqual(valid, AnswerValues.IsEmail(email));

    [TestMethod]
    [DataRow("@alice, @bob", "alice|bob")]
    [DataRow("alice bob", "alice|bob")]
    [DataRow("- @alice (Alice Smith)\n- @bob (Bob Jones)", "alice|bob")]
    [DataRow("https://github.com/alice, github.com/bob/", "alice|bob")]
    [DataRow("[@alice](https://github.com/alice)", "alice")]
    [DataRow("@alice and @Alice", "alice")]
    [DataRow("alice and bob", "alice|bob")]
    [DataRow("@-bad @ok", "ok")]
    [DataRow("- Jane Doe (janedoe)\n- Raj Patel (rajpatel)", "janedoe|rajpatel")]
    [DataRow("Jane Doe (@janedoe, lead), @rajpatel", "janedoe|rajpatel")]
    [DataRow("JaneDoe; RajPatel", "JaneDoe|RajPatel")]
    [DataRow("@alice_acme, @bob_acme", "alice_acme|bob_acme")]
    [DataRow("alice_acme and bob_acme", "alice_acme|bob_acme")]
    // A table's header row and a fence's info string are no maintainers: one person in a table is one handle.
    [DataRow("| Name | GitHub |\n|---|---|\n| Jane Doe | janedoe |", "janedoe")]
    [DataRow("| Maintainer | Handle |\n| :--- | :---: |\n| Jane | janedoe |", "janedoe")]
    [DataRow("| Name | Role |\n|---|---|\n| janedoe | Lead |\n| rajpatel | Core |", "janedoe|rajpatel")]
    [DataRow("Name | GitHub\n--- | ---\nJane Doe | @janedoe\nRaj Patel | @rajpatel", "janedoe|rajpatel")]
    [DataRow("```text\njanedoe\n```", "janedoe")]
    [DataRow("~~~\njanedoe, rajpatel\n~~~", "janedoe|rajpatel")]
    [DataRow("janedoe | rajpatel", "janedoe|rajpatel")]
    // Plain English around the logins ("the team", "and others", "(the lead)") names no one: its words are no handles.
    [DataRow("janedoe and the team", "janedoe")]
    [DataRow("janedoe, rajpatel and others", "janedoe|rajpatel")]
    [DataRow("janedoe (the lead) and rajpatel", "janedoe|rajpatel")]
    // A sentence about the team below the logins ("We also have…") is no list of logins.
    [DataRow("janedoe\nrajpatel\n\nWe also have 5 regular contributors.", "janedoe|rajpatel")]
    [DataRow("janedoe, rajpatel\nWe will add more maintainers soon", "janedoe|rajpatel")]
    [DataRow("Jane A. Doe - janedoe; Raj B. Patel - rajpatel", "janedoe|rajpatel")]
    [DataRow("| Name | GitHub | Role |\n|---|---|---|\n| Jane Doe | janedoe | lead of the project |", "janedoe")]
    // A role in brackets beside a login is no second login.
    [DataRow("janedoe (lead maintainer)", "janedoe")]
    [DataRow("janedoe (lead), rajpatel (infra)", "janedoe|rajpatel")]
    // A numbered list's markers are no logins; a heading glued into the answer names a group, no one.
    [DataRow("1. janedoe\n2. rajpatel", "janedoe|rajpatel")]
    [DataRow("1) janedoe\n2) rajpatel", "janedoe|rajpatel")]
    [DataRow("janedoe\n### Core team\nrajpatel", "janedoe|rajpatel")]
    // Full-width separators, as Chinese and Japanese keyboards type them.
    [DataRow("janedoe、rajpatel；alice_acme，bob_acme", "janedoe|rajpatel|alice_acme|bob_acme")]
    // The no-break space a page or a document pastes, the ideographic space of those keyboards, and smart quotes.
    [DataRow("@janedoe\u00A0@rajpatel\u3000@alice_acme", "janedoe|rajpatel|alice_acme")]
    [DataRow("“@janedoe”, ‘@rajpatel’", "janedoe|rajpatel")]
    [DataRow("@alice\\_acme, @bob\\_acme", "alice_acme|bob_acme")]
    // Handles written with a slash between them, as "and/or" is.
    [DataRow("@janedoe/@rajpatel", "janedoe|rajpatel")]
    [DataRow("@janedoe / @rajpatel/@alice_acme", "janedoe|rajpatel|alice_acme")]
    [DataRow("@janedoe, https://github.com/rajpatel/", "janedoe|rajpatel")]
    public void Handles_are_found_however_they_are_written(string answer, string expected)
    {
        CollectionAssert.AreEqual(expected.Split('|'), AnswerValues.Maintainers(answer).Handles.ToList());
    }

    [TestMethod]
    [DataRow("Jane Doe, Raj Patel", "Jane Doe|Raj Patel")]
    [DataRow("Jane Doe and Raj Patel", "Jane Doe|Raj Patel")]
    [DataRow("See https://github.com/orgs/torchrender/teams/core", "See https://github.com/orgs/torchrender/teams/core")]
    [DataRow("https://github.com/torchrender/tr/graphs/contributors", "https://github.com/torchrender/tr/graphs/contributors")]
    [DataRow("@janedoe, rajpatel", "rajpatel")]
    [DataRow("janedoe and the team", "the team")]
    public void Entries_that_are_not_handles_are_kept_as_written(string answer, string expected)
    {
        CollectionAssert.AreEqual(expected.Split('|'), AnswerValues.Maintainers(answer).NotHandles.ToList());
    }

    [TestMethod]
    [DataRow("example.org", true)]
    [DataRow("docs.example.co.uk/en/latest", true)]
    [DataRow("torchx.live", true)]
    [DataRow("docs.torchx.wiki/start", true)]
    [DataRow("torchx.pro", true)]
    [DataRow("torchrender-labs.solutions", true)]
    [DataRow("torch.compile", false)]
    [DataRow("model.center", false)]
    [DataRow("LICENSE.md", false)]
    [DataRow("torch.distributed.run", false)]
    [DataRow("e.g.", false)]
    [DataRow("2.0", false)]
    [DataRow("jane@example.org", false)]
    public void Host_like_tokens_are_domains_with_a_known_top_level_domain(string token, bool hostLike) =>
        Assert.AreEqual(hostLike, AnswerValues.IsHostLike(token));

    [TestMethod]
    [DataRow("ok-name", true)]
    [DataRow("a", true)]
    [DataRow("-a", false)]
    [DataRow("a-", false)]
    [DataRow("a--b", false)]
    [DataRow("a234567890123456789012345678901234567890", false)]
    [DataRow("alice_acme", true)]
    [DataRow("mona-lisa_acme2", true)]
    [DataRow("a_b", true)]
    [DataRow("alice_", false)]
    [DataRow("_acme", false)]
    [DataRow("alice-_acme", false)]
    [DataRow("alice_ac-me", false)]
    [DataRow("alice_acme_x", false)]
    [DataRow("alice_acme-", false)]
    [DataRow("alice_acme_234567890123456789012345678", false)]
    public void Login_validity(string login, bool valid) => Assert.AreEqual(valid, GitHubHandle.IsLogin(login));

    [TestMethod]
    public void Urls_are_unwrapped_from_links_and_brackets()
    {
        var urls = AnswerValues.Urls("See [docs](https://docs.example.org/en/latest/), <https://example.org>. Also www.example.com!");

        CollectionAssert.AreEqual(new[] { "https://docs.example.org/en/latest/", "https://example.org", "www.example.com" }, urls.ToList());
    }

    [TestMethod]
    public void Urls_without_a_scheme_are_found_once()
    {
        var urls = AnswerValues.Urls("Docs: torchrender.example.org/docs, also [example.org](https://example.org). Built with torch.compile.");

        CollectionAssert.AreEqual(new[] { "torchrender.example.org/docs", "example.org" }, urls.ToList());
    }
}
