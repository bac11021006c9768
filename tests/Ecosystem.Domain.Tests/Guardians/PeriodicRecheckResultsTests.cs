using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Guardians;

[TestClass]
public sealed class PeriodicRecheckResultsTests
{
    private static readonly IntakeRules Rules = new() { MinStars = 200 };

    [TestMethod]
    public void A_failed_finding_fails_its_requirement_with_the_finding_as_measurement()
    {
        var report = Report(
            new Finding("repository.stars", FindingStatus.Fail, "150 stars; at least 200 needed.", "repository", 14),
            new Finding("repository.commits", FindingStatus.Pass, "40 commits in the last 90 days (at least 30 needed).", "repository", 13));

        var results = PeriodicRecheck.Results(report, repositoryMissing: false);

        Assert.HasCount(2, results);
        Assert.AreEqual(13, results[0].RequirementId);
        Assert.IsTrue(results[0].Passed);
        Assert.AreEqual(14, results[1].RequirementId);
        Assert.IsFalse(results[1].Passed);
        Assert.AreEqual("150 stars; at least 200 needed.", results[1].Measured);
        Assert.AreEqual("≥ 200", results[1].Required);
        Assert.AreEqual("At least 200 GitHub stars", results[1].Title);
    }

    [TestMethod]
    public void Warnings_do_not_fail_a_recheck_and_unmeasured_requirements_are_left_out()
    {
        var report = Report(
            new Finding("cross.maintainer-activity", FindingStatus.Warning, "@jane has no commit in the last 90 days and is not in CODEOWNERS.", "Maintainers", 11),
            new Finding("form.maintainers", FindingStatus.Pass, "2 maintainers listed: @jane, @raj.", "Maintainers", 11),
            Finding.Skip("packages", "package indexes were not asked (offline run)", "packages", 9),
            new Finding("form.description", FindingStatus.Fail, "The description has 20 words.", "Project description", 4, Blocking: true));

        var results = PeriodicRecheck.Results(report, repositoryMissing: false);

        Assert.HasCount(1, results);
        Assert.AreEqual(11, results[0].RequirementId);
        Assert.IsTrue(results[0].Passed);
    }

    [TestMethod]
    public void A_missing_repository_fails_every_check_it_made_impossible()
    {
        var report = Report(
            Finding.Skip("repository.stars", "repository a/b was not found", "repository", 14),
            Finding.Skip("repository.layout", "repository a/b was not found", "repository", 15),
            new Finding("form.maintainers", FindingStatus.Pass, "2 maintainers listed.", "Maintainers", 11));

        var results = PeriodicRecheck.Results(report, repositoryMissing: true);

        CollectionAssert.AreEqual(new[] { 11, 14, 15 }, results.Select(r => r.RequirementId).ToArray());
        CollectionAssert.AreEqual(new[] { true, false, false }, results.Select(r => r.Passed).ToArray());
        Assert.AreEqual("The repository was not found (deleted, renamed or private).", results[1].Measured);
    }

    [TestMethod]
    public void An_archived_repository_fails_maintenance_though_its_counts_still_pass()
    {
        // Archived last month: its stars, files and the last 90 days' commits still read as before.
        var report = Report(
            new Finding("repository.archived", FindingStatus.Warning, "Repository a/b is archived (read-only).", "repository"),
            new Finding("repository.commits", FindingStatus.Pass, "40 commits in the last 90 days (at least 30 needed).", "repository", 13),
            new Finding("repository.stars", FindingStatus.Pass, "900 stars.", "repository", 14));

        var results = PeriodicRecheck.Results(report, repositoryMissing: false);

        var maintained = results.Single(r => !r.Passed);
        Assert.AreEqual(10, maintained.RequirementId);
        StringAssert.StartsWith(maintained.Title, "Maintained for 12 months or more");
        Assert.AreEqual("The repository is archived (read-only): it is no longer maintained there.", maintained.Measured);
        Assert.AreEqual("a repository that is not archived", maintained.Required);
    }

    private static IntakeReport Report(params Finding[] findings) => new(1, IntakeVerdict.Complete, findings, ChecklistItem.For(Rules, findings));
}
