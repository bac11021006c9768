using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class FormChecksTests
{
    private static IReadOnlyList<Finding> Check(Func<string, string> edit, string title = "[Ecosystem] TorchRender")
    {
        var assessor = IntakeFixtures.Assessor();
        var application = assessor.Read(IntakeFixtures.Issue(edit(IntakeFixtures.Body("complete")), title));
        return new FormChecks(IntakeFixtures.Form, IntakeFixtures.Rules).Run(application);
    }

    private static string Replace(string body, string from, string to) => body.Replace(from, to, StringComparison.Ordinal);

    /// <summary>
    /// The complete body with <paramref name="question"/>'s answer <paramref name="was"/> made <paramref name="answer"/>: the
    /// form's findings, and the links the report reads from that question.
    /// </summary>
    private static (IReadOnlyList<Finding> Findings, string[] Links) Answering(string question, string was, string answer)
    {
        var body = Replace(IntakeFixtures.Body("complete"), $"### {question}\n\n{was}", $"### {question}\n\n{answer}");
        var assessor = IntakeFixtures.Assessor();
        var application = assessor.Read(IntakeFixtures.Issue(body));
        var links = assessor.Assess(application, null).Links.Where(l => l.Question == question).Select(l => l.Address);
        return (new FormChecks(IntakeFixtures.Form, IntakeFixtures.Rules).Run(application), [.. links]);
    }

    [TestMethod]
    public void Malformed_additional_repository_and_organisation_warn_without_blocking()
    {
        var findings = Check(b => Replace(b, "### Additional repos in scope of the application\n\n_No response_",
            "### Additional repos in scope of the application\n\nhttps://github.com/orgs/x/y, https://github.com/torchrender, https://gitlab.com/a/b"));

        var additional = findings.Where(f => f.Check == "form.additional-repositories").ToList();
        Assert.HasCount(2, additional);
        Assert.AreEqual(FindingStatus.Warning, additional[0].Status);
        Assert.Contains("https://github.com/orgs/x/y", additional[0].Message);
        Assert.AreEqual(FindingStatus.Warning, additional[1].Status);
        Assert.IsFalse(additional.Any(f => f.Blocking));
    }

    [TestMethod]
    [DataRow("There are none.")]
    [DataRow("Only the main repository.")]
    [DataRow("Everything is in the main repository; there is no other.")]
    [DataRow("No additional repositories")]
    [DataRow("Nothing else: just this one.")]
    public void Additional_repositories_answered_in_words_that_there_are_none_need_no_look(string answer)
    {
        var findings = Check(b => Replace(b, "### Additional repos in scope of the application\n\n_No response_",
            "### Additional repos in scope of the application\n\n" + answer));

        Assert.IsFalse(findings.Any(f => f.Check == "form.additional-repositories"), string.Join(" / ", findings.Select(f => f.Message)));
    }

    [TestMethod]
    [DataRow("torchrender-data and torchrender-examples")]
    [DataRow("torchrender-data (not public yet)")]
    [DataRow("Only torchrender-data for now.")]
    [DataRow("torchrender-examples; no URL yet")]
    public void Additional_repositories_named_without_their_urls_still_need_a_look(string answer)
    {
        var findings = Check(b => Replace(b, "### Additional repos in scope of the application\n\n_No response_",
            "### Additional repos in scope of the application\n\n" + answer));

        Assert.AreEqual(FindingStatus.Warning, findings.Single(f => f.Check == "form.additional-repositories").Status);
    }

    [TestMethod]
    [DataRow("### GitHub handles of the project maintainer(s)\n\n@janedoe, @rajpatel", "")]
    [DataRow("@janedoe, @rajpatel", "_No response_")]
    [DataRow("@janedoe, @rajpatel", "TBD")]
    public void Maintainer_count_not_made_for_want_of_an_answer_says_so_in_its_row(string from, string to)
    {
        var assessor = IntakeFixtures.Assessor();
        var application = assessor.Read(IntakeFixtures.Issue(Replace(IntakeFixtures.Body("complete"), from, to)));

        var row = assessor.Assess(application, IntakeFacts.Offline).Checklist.Single(c => c.Requirement.Number == 11);

        Assert.AreEqual(FindingStatus.Skipped, row.Mark);
        Assert.AreEqual("Not checked: no answer to \"GitHub handles of the project maintainer(s)\" to count.", row.Detail);
    }

    [TestMethod]
    public void Documentation_without_a_link_is_a_warning_and_website_without_one_fails()
    {
        var findings = Check(b => Replace(Replace(b, "Tutorials and the API reference: https://torchrender.readthedocs.io/en/latest/", "Yes, plenty."),
            "https://torchrender.example.org", "our homepage"));

        Assert.AreEqual(FindingStatus.Warning, findings.Single(f => f.Check == "form.documentation").Status);
        var website = findings.Single(f => f.Check == "form.website");
        Assert.AreEqual(FindingStatus.Fail, website.Status);
        Assert.IsTrue(website.Blocking);
        Assert.AreEqual("No URL found in \"our homepage\"; if the project has no website, give the repository URL again.", website.Message);
    }

    [TestMethod]
    public void Website_without_scheme_is_accepted()
    {
        var findings = Check(b => Replace(b, "https://torchrender.example.org", "www.torchrender.example.org"));

        Assert.IsFalse(findings.Any(f => f.Check == "form.website"));
    }

    [TestMethod]
    [DataRow("TBD")]
    [DataRow("tba.")]
    [DataRow("To be determined")]
    [DataRow("See above")]
    [DataRow("N/A")]
    [DataRow("Add license name here")]
    [DataRow("Not answered")]
    [DataRow("No answer")]
    public void Placeholders_are_not_answers(string answer)
    {
        var checks = new FormChecks(IntakeFixtures.Form, IntakeFixtures.Rules);
        Assert.IsTrue(checks.IsPlaceholder(IntakeFixtures.Form[ApplicationField.License]!, answer));
    }

    [TestMethod]
    public void Not_applicable_is_an_answer_where_the_form_allows_it()
    {
        var checks = new FormChecks(IntakeFixtures.Form, IntakeFixtures.Rules);

        Assert.IsFalse(checks.IsPlaceholder(IntakeFixtures.Form[ApplicationField.PyTorchComponents]!, "NA"));
        Assert.IsFalse(checks.IsPlaceholder(IntakeFixtures.Form[ApplicationField.SimilarProjects]!, "N/A"));
        Assert.IsTrue(checks.IsPlaceholder(IntakeFixtures.Form[ApplicationField.Website]!, "N/A"));
    }

    [TestMethod]
    [DataRow("Website URL", "https://torchrender.example.org", "N/A",
        "Provide the URL of the project's website. If the project has no website, please provide the primary repo URL again.")]
    [DataRow("Website URL", "https://torchrender.example.org", "-",
        "Provide the URL of the project's website. If the project has no website, please provide the primary repo URL again.")]
    [DataRow("Version of PyTorch", "2.8 and 2.9", "None", "What version of PyTorch are you building and testing with?  Please describe.")]
    public void Required_question_answered_none_is_told_what_the_form_asks(string question, string from, string answer, string asks)
    {
        // "N/A" on the website is no placeholder: the applicant has none, and the form says what to give then.
        var findings = Check(b => Replace(b, from, answer));

        var required = findings.Single(f => f.Check == "form.required" && f.Where == question);
        Assert.IsTrue(required.Blocking);
        Assert.AreEqual($"\"{question}\" is required, and \"{answer}\" leaves it unanswered. The form asks: {asks}", required.Message);
    }

    [TestMethod]
    public void Required_question_without_an_answer_is_told_what_the_form_asks()
    {
        var findings = Check(b => Replace(b, "https://torchrender.example.org", "_No response_"));

        Assert.AreEqual("\"Website URL\" is required but has no answer. The form asks: Provide the URL of the project's website. "
            + "If the project has no website, please provide the primary repo URL again.", findings.Single(f => f.Check == "form.required").Message);
    }

    [TestMethod]
    [DataRow("[Ecosystem]")]
    [DataRow("[ecosystem] -")]
    [DataRow("[Ecosystem application]")]
    public void Title_with_the_prefix_and_no_project_name_asks_for_the_name(string title)
    {
        // The applicant deleted "<Project Name>" and typed nothing: the queue and the agenda would list a nameless application.
        var findings = Check(b => b, title);

        var named = findings.Single(f => f.Check == "form.title");
        Assert.IsTrue(named.Blocking);
        Assert.AreEqual(
            "The title has no project name: please put the project's name in the title, as \"[Ecosystem] <project name>\".", named.Message);
    }

    [TestMethod]
    public void Minimum_maintainers_is_configurable()
    {
        var assessor = IntakeFixtures.Assessor();
        var application = assessor.Read(IntakeFixtures.Issue(IntakeFixtures.Body("complete")));

        var findings = new FormChecks(IntakeFixtures.Form, IntakeFixtures.Rules with { MinMaintainers = 3 }).Run(application);

        var maintainers = findings.Single(f => f.Check == "form.maintainers");
        Assert.AreEqual(
            "2 GitHub handles found (@janedoe, @rajpatel); at least 3 maintainers are required. Please write each maintainer's GitHub handle as @handle, comma-separated.",
            maintainers.Message);
        Assert.IsTrue(maintainers.Blocking, "requirement 11 is measurable from the form");
    }

    [TestMethod]
    [DataRow("example.org")]
    [DataRow("torchrender.example.org")]
    [DataRow("www.example.org")]
    [DataRow("Our site: example.org/projects/torchrender")]
    public void Website_written_as_a_domain_is_a_url(string answer)
    {
        var findings = Check(b => Replace(b, "https://torchrender.example.org", answer));

        Assert.IsFalse(findings.Any(f => f.Check == "form.website"), string.Join(" / ", findings.Select(f => f.Message)));
    }

    [TestMethod]
    [DataRow("Jane Doe, Raj Patel", "\"Jane Doe\", \"Raj Patel\"")]
    [DataRow("https://github.com/orgs/torchrender/teams/core", "\"https://github.com/orgs/torchrender/teams/core\"")]
    [DataRow("@janedoe, rajpatel", "\"rajpatel\"")]
    public void Maintainers_without_enough_handles_block_and_name_the_entries_that_are_not_handles(string answer, string named)
    {
        var findings = Check(b => Replace(b, "@janedoe, @rajpatel", answer));

        var maintainers = findings.Single(f => f.Check == "form.maintainers");
        Assert.AreEqual(FindingStatus.Fail, maintainers.Status);
        Assert.IsTrue(maintainers.Blocking);
        Assert.AreEqual("GitHub handles of the project maintainer(s)", maintainers.Where);
        Assert.Contains("Not GitHub handles: " + named + ".", maintainers.Message);
    }

    [TestMethod]
    [DataRow("None")]
    [DataRow("N/A")]
    [DataRow("Not applicable")]
    [DataRow("-")]
    [DataRow("none.")]
    [DataRow("None, everything lives in the main repository.")]
    [DataRow("No additional repos")]
    public void Not_applicable_on_an_optional_question_is_an_empty_answer(string answer)
    {
        var findings = Check(b => Replace(b, "### Additional repos in scope of the application\n\n_No response_", "### Additional repos in scope of the application\n\n" + answer));

        Assert.IsFalse(findings.Any(f => f.Check == "form.additional-repositories"), string.Join(" / ", findings.Select(f => f.Message)));
        Assert.IsNull(new FormChecks(IntakeFixtures.Form, IntakeFixtures.Rules).AnswerOf(
            IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(Replace(IntakeFixtures.Body("complete"), "### Additional repos in scope of the application\n\n_No response_", "### Additional repos in scope of the application\n\n" + answer))),
            ApplicationField.AdditionalRepositories));
    }

    [TestMethod]
    public void Not_applicable_followed_by_a_link_is_still_an_answer()
    {
        var findings = Check(b => Replace(b, "### Additional repos in scope of the application\n\n_No response_",
            "### Additional repos in scope of the application\n\nNone besides https://github.com/orgs/x/y"));

        Assert.AreEqual(FindingStatus.Warning, findings.Single(f => f.Check == "form.additional-repositories").Status);
    }

    [TestMethod]
    public void Placeholder_followed_by_a_stray_heading_is_still_a_placeholder()
    {
        var findings = Check(b => Replace(b, "https://torchrender.example.org", "TBD\n### We publish the site with 1.0\nIt will live under the project's domain."));

        var website = findings.Single(f => f.Check == "form.required" && f.Where == "Website URL");
        Assert.IsTrue(website.Blocking);
        Assert.AreEqual("\"Website URL\" is answered with \"TBD\", which is a placeholder, not an answer.", website.Message);
    }

    [TestMethod]
    [DataRow("github.com/torchrender/[REPO]", "github.com/torchrender/[REPO]")]
    [DataRow("https://github.com/<org>/<repo>", "https://github.com/<org>/<repo>")]
    [DataRow("Main repository: (https://github.com/torchrender/[PROJECT-REPO]).", "https://github.com/torchrender/[PROJECT-REPO]")]
    public void Repository_url_with_a_template_placeholder_left_in_blocks_and_says_so(string answer, string written)
    {
        const string Question = "### Project repo URL\n\n";
        var findings = Check(b => Replace(b, Question + "https://github.com/torchrender/torchrender", Question + answer));

        var repository = findings.Single(f => f.Check == "form.repository-url");
        Assert.AreEqual((FindingStatus.Fail, true, "Project repo URL"), (repository.Status, repository.Blocking, repository.Where));
        Assert.StartsWith($"\"{written}\" still holds a template's placeholder, not the project's repository; please give", repository.Message);
    }

    [TestMethod]
    public void Website_with_a_template_placeholder_left_in_blocks_and_says_so()
    {
        var findings = Check(b => Replace(b, "https://torchrender.example.org", "https://pytorch.org/[PROJECT-NAME]"));

        var website = findings.Single(f => f.Check == "form.website");
        Assert.AreEqual((FindingStatus.Fail, true), (website.Status, website.Blocking));
        Assert.AreEqual(
            "\"https://pytorch.org/[PROJECT-NAME]\" still holds a template's placeholder; please give the page's address.", website.Message);
    }

    [TestMethod]
    public void Website_with_a_template_placeholder_left_in_is_not_linked_as_the_site_before_it()
    {
        var body = Replace(IntakeFixtures.Body("complete"), "https://torchrender.example.org", "https://pytorch.org/[PROJECT-NAME]");
        var assessor = IntakeFixtures.Assessor();

        var links = assessor.Assess(assessor.Read(IntakeFixtures.Issue(body)), null).Links;

        Assert.IsFalse(links.Any(l => l.Question == "Website URL"), string.Join(" / ", links));
    }

    [TestMethod]
    [DataRow("github.com/torchrender/[REPO]", "github.com/torchrender/[REPO]")]
    [DataRow("https://github.com/torchrender/torchrender-cuda, https://github.com/<org>/<repo>", "https://github.com/<org>/<repo>")]
    [DataRow("[https://github.com/torchrender/[REPO]](https://github.com/torchrender/[REPO])", "https://github.com/torchrender/[REPO]")]
    public void Additional_repository_with_a_template_placeholder_left_in_says_so_and_is_no_link(string answer, string written)
    {
        var (findings, links) = Answering("Additional repos in scope of the application", "_No response_", answer);

        Assert.AreEqual(
            $"\"{written}\" still holds a template's placeholder; please give the repository's URL, or remove it.",
            findings.Single(f => f.Check == "form.additional-repositories").Message);
        Assert.IsFalse(links.Any(l => !l.Contains("torchrender-cuda", StringComparison.Ordinal)), string.Join(" / ", links));
    }

    [TestMethod]
    [DataRow("torchrender/torchrender")]
    [DataRow("`torchrender/torchrender/`")]
    public void Repository_written_as_github_shorthand_passes_and_the_report_links_its_url(string answer)
    {
        var (findings, links) = Answering("Project repo URL", "https://github.com/torchrender/torchrender", answer);

        var repository = findings.Single(f => f.Check == "form.repository-url");
        Assert.AreEqual((FindingStatus.Pass, "Repository torchrender/torchrender."), (repository.Status, repository.Message));
        CollectionAssert.AreEqual(new[] { "https://github.com/torchrender/torchrender" }, links);
    }

    [TestMethod]
    [DataRow("torchrender/torchrender-cuda, torchrender/torchrender-docs")]
    [DataRow("- `torchrender/torchrender-cuda`\n- https://github.com/torchrender/torchrender-docs")]
    [DataRow("1. torchrender/torchrender-cuda/\n2. torchrender/torchrender-docs")]
    public void Additional_repositories_written_as_github_shorthand_are_linked_and_need_no_look(string answer)
    {
        // Each entry read as the repository question reads an answer of nothing but owner/name: it was "no repository URL
        // found", and the report linked none of them.
        var (findings, links) = Answering("Additional repos in scope of the application", "_No response_", answer);

        Assert.IsFalse(findings.Any(f => f.Check == "form.additional-repositories"), string.Join(" / ", findings.Select(f => f.Message)));
        CollectionAssert.AreEquivalent(
            new[] { "https://github.com/torchrender/torchrender-cuda", "https://github.com/torchrender/torchrender-docs" }, links);
    }

    /// <summary>
    /// "TBD/TBA" or "none/none" is shaped like GitHub's shorthand but says the repository is not given yet: the applicant is asked for
    /// its URL, not told that a repository "tbd/tba" does not exist.
    /// </summary>
    [TestMethod]
    [DataRow("TBD/TBA")]
    [DataRow("TBA/TBD")]
    [DataRow("na/na")]
    [DataRow("none/none")]
    public void Repository_answered_with_placeholder_words_as_a_shorthand_is_asked_for(string answer)
    {
        const string Question = "### Project repo URL\n\n";
        var body = Replace(IntakeFixtures.Body("complete"), Question + "https://github.com/torchrender/torchrender", Question + answer);
        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        var repository = new FormChecks(IntakeFixtures.Form, IntakeFixtures.Rules).Run(application).Single(f => f.Check == "form.repository-url");
        Assert.AreEqual((FindingStatus.Fail, true), (repository.Status, repository.Blocking));
        Assert.AreEqual($"No URL found in \"{answer}\"; please give a repository's URL, such as https://github.com/owner/name "
            + "(GitLab, Codeberg and Bitbucket repositories are accepted too).", repository.Message);
        Assert.IsNull(application.RepositoryUrl.Repository, "no repository to look up");
    }

    [TestMethod]
    public void Repository_on_gitlab_or_codeberg_is_a_valid_answer()
    {
        foreach (var url in new[] { "https://gitlab.com/torchrender/torchrender", "https://codeberg.org/torchrender/torchrender" })
        {
            var findings = Check(b => Replace(b, "https://github.com/torchrender/torchrender", url));

            var repository = findings.Single(f => f.Check == "form.repository-url");
            Assert.AreEqual(FindingStatus.Pass, repository.Status, url);
        }
    }

    [TestMethod]
    [DataRow("## Project repo URL")]
    [DataRow("**Project repo URL:**")]
    public void Question_whose_heading_is_written_otherwise_is_not_called_removed(string written)
    {
        var findings = Check(b => Replace(b, "### Project repo URL", written));

        var missing = findings.Single(f => f.Check == "form.required");
        Assert.AreEqual(
            $"The required question \"Project repo URL\" is missing: \"{written}\" is not read as its heading "
            + "(the form's questions are ### headings). Please write the heading as:", missing.Message);
        Assert.AreEqual("### Project repo URL", missing.SuggestedHeading);
    }

    [TestMethod]
    public void An_answer_that_is_only_an_html_comment_is_no_answer()
    {
        // GitHub does not show the comment, so the applicant sees an empty answer; the example URL in it is not theirs.
        var findings = Check(b => Replace(b, "https://github.com/torchrender/torchrender\n", "<!-- e.g. https://github.com/org/repo -->\n"));

        var missing = findings.Single(f => f.Check == "form.required" && f.Where == "Project repo URL");
        Assert.StartsWith("\"Project repo URL\" is required but has no answer.", missing.Message);
        Assert.IsFalse(findings.Any(f => f.Message.Contains("github.com/org/repo", StringComparison.Ordinal)), "the report quotes no hidden text");
    }

    [TestMethod]
    public void Missing_question_suggests_its_heading_exactly()
    {
        var findings = Check(b => Replace(b, "### Project repo URL\n\nhttps://github.com/torchrender/torchrender\n", ""));

        var missing = findings.Single(f => f.Check == "form.required");
        Assert.AreEqual("### Project repo URL", missing.SuggestedHeading);
        Assert.AreEqual("Project repo URL", missing.Where);
    }

    private static IReadOnlyList<Finding> CheckSandbox(string boxes)
    {
        var body = "### Source repository\n\nhttps://github.com/torchrender/torchrender\n\n### Maintainers\n\n@janedoe, @rajpatel\n\n"
            + "### Code of conduct\n\n" + boxes;
        var application = new IntakeAssessor(IntakeFixtures.FormWithBoxes, IntakeFixtures.Rules)
            .Read(IntakeFixtures.Issue(body, "[Ecosystem] Sandbox"));
        return new FormChecks(IntakeFixtures.FormWithBoxes, IntakeFixtures.Rules).Run(application);
    }

    [TestMethod]
    [DataRow("- [ ] We follow the foundation's code of conduct\n- [X] We would like a blog post\n"
        + "- [X] We agree to the [charter](https://foundation.example.org/charter)",
        "the box \"We follow the foundation's code of conduct\" is not ticked. Please edit the issue and tick it.")]
    [DataRow("- [ ] We follow the foundation's code of conduct\n- [ ] We would like a blog post\n"
        + "- [ ] We agree to the [charter](https://foundation.example.org/charter)",
        "the boxes \"We follow the foundation's code of conduct\" and \"We agree to the [charter](https://foundation.example.org/charter)\" are not "
        + "ticked. Please edit the issue and tick them.")]
    public void A_box_the_form_requires_left_unticked_blocks_in_the_forms_words(string boxes, string said)
    {
        // The box was not read at all: an application that left it unticked passed as complete.
        var required = CheckSandbox(boxes).Single(f => f.Check == "form.required");

        Assert.AreEqual(FindingStatus.Fail, required.Status);
        Assert.IsTrue(required.Blocking);
        Assert.AreEqual("Code of conduct", required.Where);
        Assert.AreEqual("\"Code of conduct\" is required, and " + said, required.Message);
    }

    [TestMethod]
    [DataRow("- [X] We follow the foundation's code of conduct\n- [ ] We would like a blog post\n"
        + "- [X] We agree to the [charter](https://foundation.example.org/charter)")]
    [DataRow("* [x] We follow the foundation’s Code of Conduct.\n- [x] We agree to the [charter](https://foundation.example.org/charter)")]
    public void Boxes_the_form_requires_ticked_pass(string boxes)
    {
        Assert.AreEqual(FindingStatus.Pass, CheckSandbox(boxes).Single(f => f.Check == "form.required").Status);
    }

    [TestMethod]
    public void A_checkboxes_question_with_a_required_box_and_nothing_under_its_heading_has_no_answer()
    {
        var findings = CheckSandbox("").Where(f => f.Check == "form.required").ToList();

        Assert.AreEqual("\"Code of conduct\" is required but has no answer.", findings.Single().Message);
    }
}
