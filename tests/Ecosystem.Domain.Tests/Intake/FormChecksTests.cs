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

    [TestMethod]
    public void Malformed_additional_repository_fails_and_organisation_warns()
    {
        var findings = Check(b => Replace(b, "### Additional repos in scope of the application\n\n_No response_",
            "### Additional repos in scope of the application\n\nhttps://github.com/orgs/x/y, https://github.com/torchrender, https://gitlab.com/a/b"));

        var additional = findings.Where(f => f.Check == "form.additional-repositories").ToList();
        Assert.HasCount(2, additional);
        Assert.AreEqual(FindingStatus.Fail, additional[0].Status);
        Assert.Contains("https://github.com/orgs/x/y", additional[0].Message);
        Assert.AreEqual(FindingStatus.Warning, additional[1].Status);
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
    public void Placeholders_are_not_answers(string answer)
    {
        Assert.IsTrue(new FormChecks(IntakeFixtures.Form, IntakeFixtures.Rules).IsPlaceholder(IntakeFixtures.Form[ApplicationField.License], answer));
    }

    [TestMethod]
    public void Not_applicable_is_an_answer_where_the_form_allows_it()
    {
        var checks = new FormChecks(IntakeFixtures.Form, IntakeFixtures.Rules);

        Assert.IsFalse(checks.IsPlaceholder(IntakeFixtures.Form[ApplicationField.PyTorchComponents], "NA"));
        Assert.IsFalse(checks.IsPlaceholder(IntakeFixtures.Form[ApplicationField.SimilarProjects], "N/A"));
        Assert.IsTrue(checks.IsPlaceholder(IntakeFixtures.Form[ApplicationField.Website], "N/A"));
    }

    [TestMethod]
    public void Minimum_maintainers_is_configurable()
    {
        var assessor = IntakeFixtures.Assessor();
        var application = assessor.Read(IntakeFixtures.Issue(IntakeFixtures.Body("complete")));

        var findings = new FormChecks(IntakeFixtures.Form, IntakeFixtures.Rules with { MinMaintainers = 3 }).Run(application);

        Assert.AreEqual("2 maintainer handle(s) listed (@janedoe, @rajpatel); at least 3 are required.", findings.Single(f => f.Check == "form.maintainers").Message);
    }
}
