using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class RequirementTests
{
    /// <summary>
    /// Requirement 9 names the package indexes the configuration asks (requirements.package-indexes); a foundation that
    /// turns both off no longer reads "pip / conda" on every application, and its reviewers judge the packages.
    /// </summary>
    [TestMethod]
    [DataRow("https://pypi.org", "https://api.anaconda.org", "Binary packages (pip / conda)", true)]
    [DataRow("https://pypi.org", "", "Binary packages (pip)", true)]
    [DataRow("", "https://api.anaconda.org", "Binary packages (conda)", true)]
    [DataRow("", "", "Binary packages", false)]
    public void Binary_packages_name_the_indexes_asked_and_are_left_to_reviewers_when_none_is(string pypi, string conda, string title, bool automated)
    {
        var rules = new IntakeRules { PackageIndexes = new Dictionary<string, string> { ["pypi"] = pypi, ["conda"] = conda } };

        var packages = Requirement.For(rules).Single(r => r.Number == 9);

        Assert.AreEqual(title, packages.Title);
        Assert.AreEqual(automated, packages.Automated);
    }

    [TestMethod]
    public void With_every_index_off_the_checklist_leaves_binary_packages_to_reviewers()
    {
        var rules = new IntakeRules { PackageIndexes = new Dictionary<string, string> { ["pypi"] = "", ["conda"] = "" } };
        var finding = new Finding("packages", FindingStatus.Skipped, "every package index is turned off", "package indexes", 9);

        var row = ChecklistItem.For(rules, [finding]).Single(i => i.Requirement.Number == 9);

        Assert.IsNull(row.Mark);
        Assert.AreEqual("for reviewers", row.Detail);
    }
}
