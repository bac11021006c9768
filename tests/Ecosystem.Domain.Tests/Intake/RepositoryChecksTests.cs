using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class RepositoryChecksTests
{
    private static readonly RepositoryReference Repo = new("torchrender", "torchrender");

    internal static RepositoryFacts HealthyRepository => new()
    {
        Repository = Repo,
        Exists = true,
        Stars = 1234,
        LicenseSpdxId = "BSD-3-Clause",
        CommitsInWindow = 87,
        ActiveContributorLogins = ["janedoe", "rajpatel", "c1", "c2", "c3", "JaneDoe"],
        RootEntries = ["LICENSE", "README.md", "CONTRIBUTING.md", "src", ".github"],
        DotGithubEntries = ["CODEOWNERS", "workflows"],
        DocsEntries = ["Code_Of_Conduct.rst"],
        WorkflowEntries = ["ci.yml", "release.yaml"],
        CodeownersText = "* @janedoe @rajpatel\n",
    };

    internal static IntakeFacts HealthyFacts => new(
        HealthyRepository,
        new HashSet<string>(["janedoe", "rajpatel"], StringComparer.OrdinalIgnoreCase),
        new PackageFacts([new PackageLookup(PackageIndex.PyPI, "torchrender", true), new PackageLookup(PackageIndex.CondaForge, "torchrender", false)]),
        []);

    private static IntakeReport Assess(IntakeFacts facts, string body = "complete", IntakeRules? rules = null)
    {
        var assessor = IntakeFixtures.Assessor(rules);
        return assessor.Assess(assessor.Read(IntakeFixtures.Issue(IntakeFixtures.Body(body))), facts);
    }

    private static Finding Single(IntakeReport report, string check) => report.Findings.Single(f => f.Check == check);

    private static PriorApplication Prior(int number, bool isOpen, IReadOnlyList<string> labels, DateTimeOffset? closedAt) =>
        new(IntakeFixtures.Issue("body", labels: labels, number: number) with { IsOpen = isOpen, ClosedAt = closedAt });

    [TestMethod]
    public void Healthy_repository_meets_every_measurable_requirement()
    {
        var report = Assess(HealthyFacts);

        Assert.AreEqual(IntakeVerdict.Complete, report.Verdict);
        Assert.IsEmpty(report.ProblemList(), report.ProblemList().ToJsonString());
        var automated = report.Checklist.Where(c => c.Requirement.Automated).ToList();
        Assert.IsTrue(automated.All(c => c.Mark == FindingStatus.Pass), string.Join("\n", automated.Select(c => $"{c.Requirement.Number} {c.Mark} {c.Detail}")));
        Assert.AreEqual(7, report.Checklist.Count(c => c.Mark is null));
        Assert.AreEqual("5 active contributors in the last 90 days (at least 5 needed).", report.Checklist[11].Detail);
        Assert.AreEqual("docs/Code_Of_Conduct.rst", report.Checklist[18].Detail);
    }

    [TestMethod]
    public void Missing_repository_blocks_and_skips_the_rest()
    {
        var report = Assess(HealthyFacts with { Repository = RepositoryFacts.Missing(Repo) });

        Assert.AreEqual(IntakeVerdict.Incomplete, report.Verdict);
        var exists = Single(report, "repository.exists");
        Assert.AreEqual(FindingStatus.Fail, exists.Status);
        Assert.Contains("torchrender/torchrender does not exist", exists.Message);
        Assert.AreEqual(FindingStatus.Skipped, report.Checklist[13].Mark);
        Assert.AreEqual("Not checked: repository torchrender/torchrender was not found.", report.Checklist[13].Detail);
    }

    /// <summary>GitHub answers for a renamed or transferred repository under its old name: the report says where it is now.</summary>
    [TestMethod]
    public void A_moved_repository_is_checked_where_it_is_now_and_the_report_says_so()
    {
        var moved = HealthyRepository with { Repository = new RepositoryReference("renderlabs", "torchrender-core") };

        var report = Assess(HealthyFacts with { Repository = moved });

        var movedExists = Single(report, "repository.exists");
        Assert.AreEqual(FindingStatus.Pass, movedExists.Status);
        Assert.AreEqual("Repository torchrender/torchrender moved to renderlabs/torchrender-core; checked there.", movedExists.Message);
        // A passed check is not listed in the comment, which said nothing of the move: a warning there says it.
        Assert.AreEqual(FindingStatus.Warning, Single(report, "repository.moved").Status);
        Assert.AreEqual(IntakeVerdict.Complete, report.Verdict, "GitHub redirects the old URL: nothing blocks");
        StringAssert.Contains(IntakeFixtures.Assessor().Render(report),
            "- ⚠️ **Project repo URL**: Repository torchrender/torchrender has moved to renderlabs/torchrender-core (GitHub redirects the old URL), "
            + "and was checked there. Please update the repo URL to https://github.com/renderlabs/torchrender-core.\n");
        var recased = HealthyRepository with { Repository = new RepositoryReference("TorchRender", "TorchRender") };
        var recasedReport = Assess(HealthyFacts with { Repository = recased });
        Assert.AreEqual(
            "Repository TorchRender/TorchRender exists.", Single(recasedReport, "repository.exists").Message, "only the case differs: no move");
        Assert.IsFalse(recasedReport.Findings.Any(f => f.Check == "repository.moved"));
    }

    [TestMethod]
    public void Offline_run_skips_every_repository_check_with_the_reason()
    {
        var report = Assess(IntakeFacts.Offline);

        Assert.AreEqual(IntakeVerdict.Complete, report.Verdict);
        foreach (var number in new[] { 2, 9, 12, 13, 14, 15, 16, 17, 18, 19 })
        {
            Assert.AreEqual(FindingStatus.Skipped, report.Checklist[number - 1].Mark, $"requirement {number}");
            Assert.StartsWith("Not checked: ", report.Checklist[number - 1].Detail);
        }

        Assert.AreEqual(FindingStatus.Pass, report.Checklist[6].Mark, "the typed licence is judged offline");
        Assert.AreEqual("BSD-3-Clause (as typed in the form) is permissive.", report.Checklist[6].Detail);

        Assert.AreEqual(FindingStatus.Pass, report.Checklist[10].Mark, "the form alone shows two maintainers");
    }

    [TestMethod]
    public void Empty_repository_blocks_and_says_there_is_no_code_to_review()
    {
        // A repository created but never pushed to (GitHub reads no tree at HEAD) was "complete, with 9 requirements not
        // met": the application joined the queue for review with no code, and no line said why every row failed.
        var empty = RepositoryFacts.Missing(Repo) with { Exists = true, Stars = 3 };

        var report = Assess(HealthyFacts with { Repository = empty });

        Assert.AreEqual(IntakeVerdict.Incomplete, report.Verdict);
        var finding = Single(report, "repository.empty");
        Assert.IsTrue(finding.IsBlockingFailure);
        Assert.AreEqual("Project repo URL", finding.Where);
        Assert.AreEqual("Repository torchrender/torchrender is empty: its default branch holds no files, so there is no code to review. "
            + "Please give the URL of the repository that holds the project's source code.", finding.Message);
        CollectionAssert.AreEqual(new[] { "Project repo URL" }, report.PlacesToFix.ToList());
    }

    [TestMethod]
    public void Archived_and_fork_are_warnings_for_reviewers()
    {
        var report = Assess(HealthyFacts with { Repository = HealthyRepository with { IsArchived = true, IsFork = true } });

        Assert.AreEqual(FindingStatus.Warning, Single(report, "repository.archived").Status);
        Assert.AreEqual(FindingStatus.Warning, Single(report, "repository.fork").Status);
        Assert.AreEqual(IntakeVerdict.Complete, report.Verdict, "reviewers decide on archived projects; the form is complete");
    }

    [TestMethod]
    public void Licence_outside_the_permissive_list_fails_and_a_different_typed_licence_warns()
    {
        var report = Assess(HealthyFacts with { Repository = HealthyRepository with { LicenseSpdxId = "GPL-3.0" } });

        Assert.AreEqual(FindingStatus.Fail, Single(report, "repository.license").Status);
        var mismatch = Single(report, "repository.license-mismatch");
        Assert.AreEqual("The form says BSD-3-Clause, but GitHub detects GPL-3.0 in the repository.", mismatch.Message);
        Assert.AreEqual(FindingStatus.Fail, report.Checklist[6].Mark);
    }

    [TestMethod]
    public void Lesser_gpl_spelt_out_in_the_form_is_the_lgpl_github_detects_not_a_mismatch()
    {
        var assessor = IntakeFixtures.Assessor();
        var body = IntakeFixtures.Body("complete").Replace("BSD-3-Clause", "GNU Lesser General Public License v3.0", StringComparison.Ordinal);
        var facts = HealthyFacts with { Repository = HealthyRepository with { LicenseSpdxId = "LGPL-3.0" } };

        var report = assessor.Assess(assessor.Read(IntakeFixtures.Issue(body)), facts);

        Assert.IsFalse(
            report.Findings.Any(f => f.Check == "repository.license-mismatch"), string.Join(" / ", report.Findings.Select(f => f.Message)));
    }

    [TestMethod]
    [DataRow("Apache 2.0 with the Commons Clause", "Apache-2.0")]
    [DataRow("MIT (non-commercial use only)", "MIT")]
    [DataRow("BSD-3-Clause; the model weights are CC BY-NC 4.0", "BSD-3-Clause")]
    [DataRow("Apache 2.0, free for research use only", "Apache-2.0")]
    public void Typed_licence_with_terms_that_restrict_its_use_is_for_reviewers_not_permissive(string typed, string id)
    {
        var assessor = IntakeFixtures.Assessor();
        var body = IntakeFixtures.Body("complete").Replace("BSD-3-Clause", typed, StringComparison.Ordinal);

        var report = assessor.Assess(assessor.Read(IntakeFixtures.Issue(body)), IntakeFacts.Offline);

        var license = Single(report, "form.license");
        Assert.AreEqual(FindingStatus.Warning, license.Status);
        Assert.AreEqual(
            $"\"{typed}\" names {id} with terms that restrict its use (non-commercial, research or personal use only, Commons Clause); "
            + "reviewers read the licence.",
            license.Message);
    }

    [TestMethod]
    public void Typed_licence_with_terms_that_restrict_its_use_is_for_reviewers_though_github_detects_a_permissive_one()
    {
        // The LICENSE file covers the code; the applicant says the weights are under other terms.
        var assessor = IntakeFixtures.Assessor();
        var body = IntakeFixtures.Body("complete").Replace("BSD-3-Clause", "BSD-3-Clause; the model weights are CC BY-NC 4.0", StringComparison.Ordinal);

        var report = assessor.Assess(assessor.Read(IntakeFixtures.Issue(body)), HealthyFacts);

        Assert.AreEqual(FindingStatus.Warning, Single(report, "form.license").Status);
        Assert.AreEqual(FindingStatus.Warning, report.Checklist.Single(c => c.Requirement.Number == 7).Mark);
    }

    [TestMethod]
    public void Bots_committing_to_the_repository_are_not_active_contributors()
    {
        // An app's commits carry no user, so its commit e-mail stands for it; a login with [bot] is an app too.
        var repo = HealthyRepository with
        {
            ActiveContributorLogins = ["janedoe", "rajpatel", "c1", "49699333+dependabot[bot]@users.noreply.github.com", "pre-commit-ci[bot]"],
        };

        var contributors = Single(Assess(HealthyFacts with { Repository = repo }), "repository.contributors");

        Assert.AreEqual(FindingStatus.Fail, contributors.Status);
        Assert.AreEqual("3 active contributors in the last 90 days, besides 2 bots; at least 5 needed.", contributors.Message);
    }

    [TestMethod]
    public void Licence_list_is_configurable()
    {
        var rules = IntakeFixtures.Rules with { PermissiveLicenses = ["MIT"] };

        var report = Assess(HealthyFacts, rules: rules);

        Assert.AreEqual("BSD-3-Clause (detected by GitHub) is not on the permissive list (MIT).", Single(report, "repository.license").Message);
    }

    [TestMethod]
    public void Undetected_licence_is_a_warning_and_a_license_link_is_no_mismatch()
    {
        var undetected = Assess(HealthyFacts with { Repository = HealthyRepository with { LicenseSpdxId = "NOASSERTION" } });
        var linked = Assess(HealthyFacts, "license-url");

        Assert.AreEqual(FindingStatus.Warning, Single(undetected, "repository.license").Status);
        Assert.IsFalse(linked.Findings.Any(f => f.Check == "repository.license-mismatch"));
    }

    [TestMethod]
    public void Thresholds_report_the_measured_numbers()
    {
        var rules = IntakeFixtures.Rules with { MinStars = 2000, MinCommits = 100, MinContributors = 6 };

        var report = Assess(HealthyFacts, rules: rules);

        Assert.AreEqual("1234 stars; at least 2000 needed.", Single(report, "repository.stars").Message);
        Assert.AreEqual("87 commits in the last 90 days; at least 100 needed.", Single(report, "repository.commits").Message);
        Assert.AreEqual("5 active contributors in the last 90 days; at least 6 needed.", Single(report, "repository.contributors").Message);
        Assert.AreEqual("At least 2000 GitHub stars", report.Checklist[13].Requirement.Title);
    }

    [TestMethod]
    public void Layout_files_are_found_in_any_case_and_extension_and_missing_ones_named()
    {
        var repo = HealthyRepository with { RootEntries = ["license.txt", "Readme.rst", "src"], DotGithubEntries = ["workflows"], DocsEntries = [], CodeownersText = null };

        var report = Assess(HealthyFacts with { Repository = repo });

        var layout = report.Findings.Where(f => f.Check == "repository.layout").ToList();
        Assert.AreEqual("license.txt", layout[0].Message);
        Assert.AreEqual("Readme.rst", layout[1].Message);
        Assert.AreEqual("No CONTRIBUTING file in the root, .github/ or docs/.", layout[2].Message);
        Assert.AreEqual(FindingStatus.Fail, layout[3].Status);
        Assert.AreEqual(FindingStatus.Fail, layout[4].Status);
    }

    /// <summary>The owner's <c>.github</c> repository with a CONTRIBUTING, a code of conduct and the files GitHub takes from no default.</summary>
    private static RepositoryFacts OwnerDefaults => new()
    {
        Repository = new("torchrender", ".github"),
        Exists = true,
        RootEntries = ["CONTRIBUTING.md", "LICENSE", "README.md", "CODEOWNERS", "profile"],
        DotGithubEntries = ["CODE_OF_CONDUCT.md"],
    };

    private static IReadOnlyList<Finding> Layout(RepositoryFacts repo) =>
        Assess(HealthyFacts with { Repository = repo }).Findings.Where(f => f.Check == "repository.layout").ToList();

    [TestMethod]
    public void Contributing_and_code_of_conduct_from_the_owners_github_repository_count_and_the_row_names_it()
    {
        // GitHub shows the owner's default CONTRIBUTING and CODE_OF_CONDUCT on every repository without its own.
        var repo = HealthyRepository with { RootEntries = ["LICENSE", "README.md", "src"], DocsEntries = [], OwnerDefaults = OwnerDefaults };

        var layout = Layout(repo);

        const string Default = "from torchrender/.github, the owner's default that GitHub shows on repositories without their own.";
        Assert.AreEqual((FindingStatus.Pass, "CONTRIBUTING.md " + Default, 17), (layout[2].Status, layout[2].Message, layout[2].Requirement));
        Assert.AreEqual(
            (FindingStatus.Pass, ".github/CODE_OF_CONDUCT.md " + Default, 19), (layout[4].Status, layout[4].Message, layout[4].Requirement));
    }

    [TestMethod]
    public void The_repositorys_own_file_wins_over_the_owners_default()
    {
        var layout = Layout(HealthyRepository with { OwnerDefaults = OwnerDefaults });

        Assert.AreEqual("CONTRIBUTING.md", layout[2].Message);
        Assert.AreEqual("docs/Code_Of_Conduct.rst", layout[4].Message);
    }

    [TestMethod]
    public void Licence_readme_and_codeowners_are_never_taken_from_the_owners_default()
    {
        // GitHub has no default for them: a licence travels with the code, CODEOWNERS works only in its own repository.
        var repo = HealthyRepository with
        {
            RootEntries = ["src"], DotGithubEntries = ["workflows"], DocsEntries = [], OwnerDefaults = OwnerDefaults,
        };

        var layout = Layout(repo);

        Assert.AreEqual("No LICENSE file in the root, .github/ or docs/.", layout[0].Message);
        Assert.AreEqual("No README file in the root, .github/ or docs/.", layout[1].Message);
        Assert.AreEqual("No CODEOWNERS file in the root, .github/ or docs/.", layout[3].Message);
        Assert.AreEqual(FindingStatus.Pass, layout[2].Status);
        Assert.AreEqual(FindingStatus.Pass, layout[4].Status);
    }

    [TestMethod]
    public void Without_the_file_in_the_repository_or_the_owners_default_it_is_missing()
    {
        var defaults = OwnerDefaults with { RootEntries = ["profile"], DotGithubEntries = [] };
        var repo = HealthyRepository with { RootEntries = ["LICENSE", "README.md"], DocsEntries = [], OwnerDefaults = defaults };

        var layout = Layout(repo);

        Assert.AreEqual((FindingStatus.Fail, "No CONTRIBUTING file in the root, .github/ or docs/."), (layout[2].Status, layout[2].Message));
        Assert.AreEqual((FindingStatus.Fail, "No CODE_OF_CONDUCT file in the root, .github/ or docs/."), (layout[4].Status, layout[4].Message));
    }

    [TestMethod]
    [DataRow("LICENSE-APACHE")]
    [DataRow("license_mit.txt")]
    [DataRow("COPYING-GPL")]
    public void A_licence_file_named_for_its_licence_is_a_license_file(string name)
    {
        // Dual-licensed projects ship LICENSE-APACHE and LICENSE-MIT, and GitHub detects the licence from such a file.
        var repo = HealthyRepository with { RootEntries = [name, "LICENSE-MIT", "README.md", "CONTRIBUTING.md", "src", ".github"] };

        var layout = Assess(HealthyFacts with { Repository = repo }).Findings.First(f => f.Check == "repository.layout");

        Assert.AreEqual((FindingStatus.Pass, name, 15), (layout.Status, layout.Message, layout.Requirement));
    }

    [TestMethod]
    [DataRow("CODEOWNERS.md")]
    [DataRow("CODEOWNERS-old")]
    [DataRow("codeowners_backup.txt")]
    public void Only_a_file_named_CODEOWNERS_is_the_CODEOWNERS_file(string name)
    {
        // GitHub reads code owners from a file named CODEOWNERS and nothing else; a CODEOWNERS.md assigns no reviews.
        var repo = HealthyRepository with { DotGithubEntries = [name, "workflows"], CodeownersText = null };

        var layout = Layout(repo)[3];

        Assert.AreEqual(
            (FindingStatus.Fail, "No CODEOWNERS file in the root, .github/ or docs/.", 18), (layout.Status, layout.Message, layout.Requirement));
    }

    [TestMethod]
    public void Ci_counts_workflows_or_other_ci_files()
    {
        var none = Assess(HealthyFacts with { Repository = HealthyRepository with { WorkflowEntries = ["README.md"] } });
        var circle = Assess(HealthyFacts with { Repository = HealthyRepository with { WorkflowEntries = [], RootEntries = [.. HealthyRepository.RootEntries, ".circleci"] } });

        Assert.AreEqual(FindingStatus.Fail, Single(none, "repository.ci").Status);
        Assert.AreEqual(FindingStatus.Pass, Single(circle, "repository.ci").Status);
        Assert.Contains(".circleci", Single(circle, "repository.ci").Message);
    }

    [TestMethod]
    public void Unknown_maintainer_accounts_fail()
    {
        var report = Assess(HealthyFacts with { Maintainers = new HashSet<string>(["JANEDOE"], StringComparer.OrdinalIgnoreCase) });

        Assert.AreEqual("Not GitHub accounts: @rajpatel.", Single(report, "maintainers.exist").Message);
    }

    [TestMethod]
    public void Maintainer_without_recent_commits_and_not_in_codeowners_is_a_warning()
    {
        var repo = HealthyRepository with { ActiveContributorLogins = ["janedoe", "x1", "x2", "x3", "x4"], CodeownersText = "* @janedoe @rajpatel-bot\n" };

        var report = Assess(HealthyFacts with { Repository = repo });

        var warning = Single(report, "cross.maintainer-activity");
        Assert.AreEqual("@rajpatel has no commit in the last 90 days and is not in CODEOWNERS.", warning.Message);
        Assert.AreEqual(FindingStatus.Warning, report.Checklist[10].Mark);
    }

    [TestMethod]
    public void Packages_pass_when_found_warn_when_absent_and_skip_when_indexes_unreachable()
    {
        var absent = Assess(HealthyFacts with { Packages = new PackageFacts([new(PackageIndex.PyPI, "torchrender", false), new(PackageIndex.CondaForge, "torchrender", false)]) });
        var unreachable = Assess(HealthyFacts with { Packages = new PackageFacts([new(PackageIndex.PyPI, "torchrender", null)]) });
        var found = Assess(HealthyFacts);

        Assert.AreEqual(FindingStatus.Warning, Single(absent, "packages").Status);
        Assert.AreEqual(FindingStatus.Skipped, Single(unreachable, "packages").Status);
        Assert.AreEqual("Published on PyPI: torchrender.", Single(found, "packages").Message);
        Assert.AreEqual("PyPI could not be asked", Single(unreachable, "packages").Message);
    }

    [TestMethod]
    public void Package_index_turned_off_is_said_to_be_and_with_every_index_off_packages_are_left_to_reviewers()
    {
        var allOff = Assess(HealthyFacts with { Packages = new PackageFacts([]) { TurnedOff = [PackageIndex.PyPI, PackageIndex.CondaForge] } },
            rules: IntakeFixtures.Rules with { PackageIndexes = new Dictionary<string, string> { ["pypi"] = "", ["conda"] = "" } });
        var condaOff = Assess(HealthyFacts with { Packages = new PackageFacts([new(PackageIndex.PyPI, "torchrender", false)]) { TurnedOff = [PackageIndex.CondaForge] } });

        Assert.AreEqual("for reviewers", allOff.Checklist[8].Detail);
        Assert.IsNull(allOff.Checklist[8].Mark);
        Assert.AreEqual(
            "No package named torchrender on PyPI (conda-forge is turned off in the configuration, requirements.package-indexes); reviewers check how the project is distributed.",
            condaOff.Checklist[8].Detail);
        Assert.DoesNotContain("could not be asked", allOff.Checklist[8].Detail + condaOff.Checklist[8].Detail);
    }

    [TestMethod]
    public void Typed_licence_is_judged_offline_against_the_permissive_list()
    {
        var agpl = Assess(IntakeFacts.Offline, "license-agpl");
        var mit = Assess(IntakeFacts.Offline, "license-lowercase-mit");

        Assert.AreEqual(FindingStatus.Fail, agpl.Checklist[6].Mark);
        Assert.StartsWith("AGPL-3.0 (as typed in the form) is not on the permissive list", agpl.Checklist[6].Detail);
        Assert.AreEqual(IntakeVerdict.Complete, agpl.Verdict, "a licence outside the list is for the Working Group to weigh, not a question to fix");
        Assert.AreEqual(FindingStatus.Pass, mit.Checklist[6].Mark);
        Assert.AreEqual("MIT (as typed in the form) is permissive.", mit.Checklist[6].Detail);
    }

    [TestMethod]
    [DataRow("Apache-2.0 for the library, GPL-3.0 for the command-line tool", "Apache-2.0", "GPL-3.0")]
    [DataRow("GPL-3.0 (the viewer); MIT (everything else)", "MIT", "GPL-3.0")]
    [DataRow("BSD-3-Clause; a few vendored files are GPLv2", "BSD-3-Clause", "GPL-2.0")]
    public void A_licence_not_permissive_named_for_a_part_besides_a_permissive_one_is_for_reviewers(string typed, string permissive, string besides)
    {
        var body = IntakeFixtures.Body("complete").Replace("\nBSD-3-Clause\n", $"\n{typed}\n", StringComparison.Ordinal);
        var assessor = IntakeFixtures.Assessor();
        var application = assessor.Read(IntakeFixtures.Issue(body));
        var offline = assessor.Assess(application, IntakeFacts.Offline);
        var online = assessor.Assess(application, HealthyFacts with { Repository = HealthyRepository with { LicenseSpdxId = permissive } });

        var expected = $"\"{typed}\" names {besides} besides {permissive}, not on the permissive list";
        Assert.AreEqual(FindingStatus.Warning, offline.Checklist[6].Mark, offline.Checklist[6].Detail);
        Assert.StartsWith(expected, offline.Checklist[6].Detail);
        Assert.StartsWith(expected, Single(online, "form.license").Message);
        Assert.IsFalse(online.Findings.Any(f => f.Check == "repository.license-mismatch"), "the form names the licence GitHub detects");
        Assert.AreEqual(IntakeVerdict.Complete, online.Verdict);
    }

    [TestMethod]
    [DataRow("MIT")]
    [DataRow("Apache-2.0")]
    public void Either_licence_of_a_dual_licensed_project_is_the_one_GitHub_may_detect(string detected)
    {
        var body = IntakeFixtures.Body("complete").Replace("\nBSD-3-Clause\n", "\nDual-licensed: MIT and Apache 2.0\n", StringComparison.Ordinal);
        var assessor = IntakeFixtures.Assessor();
        var report = assessor.Assess(
            assessor.Read(IntakeFixtures.Issue(body)), HealthyFacts with { Repository = HealthyRepository with { LicenseSpdxId = detected } });

        Assert.IsFalse(report.Findings.Any(f => f.Check.StartsWith("repository.license-", StringComparison.Ordinal) || f.Check == "form.license"),
            string.Join("\n", report.Findings.Where(f => f.Requirement == 7).Select(f => f.Message)));
    }

    [TestMethod]
    public void Link_to_a_licence_file_is_left_to_the_online_check()
    {
        var report = Assess(IntakeFacts.Offline, "license-url");

        Assert.AreEqual(FindingStatus.Skipped, report.Checklist[6].Mark);
        Assert.AreEqual(
            "Not checked: the answer is a link to a licence file, which is read through GitHub: repository facts were not gathered (offline run).",
            report.Checklist[6].Detail);
    }

    [TestMethod]
    public void Typed_licence_and_detected_licence_that_differ_warn()
    {
        var report = Assess(HealthyFacts with { Repository = HealthyRepository with { LicenseSpdxId = "MIT" } }, "license-agpl");

        Assert.AreEqual("The form says AGPL-3.0, but GitHub detects MIT in the repository.", Single(report, "repository.license-mismatch").Message);
        Assert.AreEqual(FindingStatus.Pass, Single(report, "repository.license").Status, "online, GitHub's detected licence is what is measured");
        Assert.IsFalse(report.Findings.Any(f => f.Check == "form.license"));
    }

    [TestMethod]
    public void Repository_on_another_forge_leaves_measured_requirements_to_reviewers_without_blocking()
    {
        var report = Assess(IntakeFacts.Offline, "codeberg-url");

        Assert.AreEqual(IntakeVerdict.Complete, report.Verdict);
        foreach (var number in new[] { 2, 12, 13, 14, 15, 16, 17, 18, 19 })
        {
            Assert.AreEqual(FindingStatus.Warning, report.Checklist[number - 1].Mark, $"requirement {number}");
            Assert.AreEqual("Not measurable on Codeberg: reviewers check it.", report.Checklist[number - 1].Detail);
        }

        Assert.AreEqual(FindingStatus.Pass, report.Checklist[6].Mark, "the typed licence is still judged");
        Assert.AreEqual(
            "The repository is on Codeberg (https://codeberg.org/torchrender/torchrender); requirements 2, 12–19 are measured through GitHub, so they are left to reviewers. The licence is judged from the answer.",
            Single(report, "repository.other-forge").Message);
    }

    [TestMethod]
    public void Duplicate_open_application_is_a_linked_warning()
    {
        IReadOnlyList<PriorApplication> prior = [
            Prior(42, true, ["New"], null),
            Prior(41, true, ["New"], null)];

        var report = Assess(HealthyFacts with { PriorApplications = prior });

        var duplicate = Single(report, "prior-applications.duplicate");
        Assert.AreEqual("Issue 41 is another open application for the same repository.", duplicate.Message);
        Assert.AreEqual("https://github.com/pytorch-fdn/ecosystem/issues/41", duplicate.Link);
    }

    [TestMethod]
    public void Earlier_accepted_application_open_or_closed_is_a_linked_warning_naming_the_acceptance()
    {
        // A closed accepted application was passed over in silence, and an open one was called "another open application".
        IReadOnlyList<PriorApplication> prior = [
            Prior(12, false, ["Accepted"], IntakeFixtures.Now.AddDays(-300)),
            Prior(30, true, ["accepted", "review - scheduled"], null)];

        var report = Assess(HealthyFacts with { PriorApplications = prior });

        var accepted = report.Findings.Where(f => f.Check == "prior-applications.accepted").ToList();
        CollectionAssert.AreEqual(
            new[]
            {
                "Issue 12 for the same repository was accepted; reviewers will ask what this application adds.",
                "Issue 30 for the same repository was accepted; reviewers will ask what this application adds.",
            },
            accepted.Select(f => f.Message).ToList());
        Assert.IsTrue(accepted.All(f => f.Status == FindingStatus.Warning));
        Assert.AreEqual("https://github.com/pytorch-fdn/ecosystem/issues/12", accepted[0].Link);
        Assert.IsFalse(report.Findings.Any(f => f.Check == "prior-applications.duplicate"));
    }

    [TestMethod]
    public void Declined_application_closed_recently_gives_the_date_it_may_return()
    {
        var closed = IntakeFixtures.Now.AddDays(-30);
        IReadOnlyList<PriorApplication> prior = [
            Prior(7, false, ["Declined"], closed),
            Prior(3, false, ["too early"], IntakeFixtures.Now.AddDays(-200))];

        var report = Assess(HealthyFacts with { PriorApplications = prior });

        var early = Single(report, "prior-applications.resubmitted-early");
        Assert.AreEqual(
            "Issue 7 for the same repository was decided as Declined on 2026-10-21; a new application is expected from 2027-01-19. It waits until then and is reviewed as new from that date.",
            early.Message);
        Assert.AreEqual((FindingStatus.Fail, true), (early.Status, early.Blocking));
        Assert.AreEqual("https://github.com/pytorch-fdn/ecosystem/issues/7", early.Link);
        Assert.AreEqual(new DateOnly(2027, 1, 19), early.WaitsUntil);
        Assert.AreEqual(IntakeVerdict.Incomplete, report.Verdict);
        var later = Single(report, "prior-applications.resubmission");
        Assert.AreEqual("Issue 3 for the same repository was decided as too early on 2026-05-04; this resubmission is reviewed as new.", later.Message);
        Assert.AreEqual(FindingStatus.Warning, later.Status);
    }

    /// <summary>
    /// The three-month wait is the TAC's for a declined project: one found too early may apply again once the noted items are
    /// done, so its resubmission is reviewed as new at once (it was held as incomplete for 90 days, as after a decline).
    /// </summary>
    [TestMethod]
    public void Too_early_application_decided_recently_is_followed_by_a_resubmission_reviewed_as_new_at_once()
    {
        IReadOnlyList<PriorApplication> prior = [Prior(7, false, ["too early"], IntakeFixtures.Now.AddDays(-10))];

        var report = Assess(HealthyFacts with { PriorApplications = prior });

        Assert.AreEqual(IntakeVerdict.Complete, report.Verdict);
        Assert.IsFalse(report.Findings.Any(f => f.Check == "prior-applications.resubmitted-early"));
        var resubmission = Single(report, "prior-applications.resubmission");
        Assert.AreEqual(
            "Issue 7 for the same repository was decided as too early on 2026-11-10; this resubmission is reviewed as new.", resubmission.Message);
        Assert.IsNull(resubmission.ReviewedFrom);
    }

    [TestMethod]
    public void Resubmission_on_its_date_is_reviewed_as_new_whatever_the_hour_of_the_decision()
    {
        // Declined 90 days ago at 18:00; it is now 12:00 on the date the applicant was given.
        IReadOnlyList<PriorApplication> onTheDay = [
            Prior(7, false, ["Declined"], IntakeFixtures.Now.AddDays(-90).AddHours(6))];
        IReadOnlyList<PriorApplication> dayBefore = [
            Prior(7, false, ["Declined"], IntakeFixtures.Now.AddDays(-89).AddHours(-11))];

        var onTheDayReport = Assess(HealthyFacts with { PriorApplications = onTheDay });
        var dayBeforeReport = Assess(HealthyFacts with { PriorApplications = dayBefore });

        Assert.AreEqual(IntakeVerdict.Complete, onTheDayReport.Verdict);
        StringAssert.Contains(Single(onTheDayReport, "prior-applications.resubmission").Message, "on 2026-08-22; this resubmission is reviewed as new.");
        Assert.AreEqual(new DateOnly(2026, 11, 21), Single(dayBeforeReport, "prior-applications.resubmitted-early").WaitsUntil,
            "decided at 01:00, 89 days before: its date is tomorrow, though less than a day remains");
    }

    [TestMethod]
    public void Resubmission_filed_before_its_date_records_the_day_it_is_reviewed_from_once_the_date_has_come()
    {
        // The application was filed on 2026-11-17; #7's date was 2026-11-18, #3's long before the filing.
        IReadOnlyList<PriorApplication> prior = [
            Prior(7, false, ["Declined"], IntakeFixtures.Now.AddDays(-92)),
            Prior(3, false, ["too early"], IntakeFixtures.Now.AddDays(-200))];

        var report = Assess(HealthyFacts with { PriorApplications = prior });

        var resubmissions = report.Findings.Where(f => f.Check == "prior-applications.resubmission").ToList();
        Assert.AreEqual(new DateOnly(2026, 11, 18), resubmissions.Single(f => f.Link!.EndsWith("/7", StringComparison.Ordinal)).ReviewedFrom);
        Assert.IsNull(resubmissions.Single(f => f.Link!.EndsWith("/3", StringComparison.Ordinal)).ReviewedFrom);
    }

    [TestMethod]
    public void Closed_application_counts_from_its_decision_not_from_a_close_finished_a_night_later()
    {
        // Closed as too early 89 days ago, its closing comment posted the night before: the comment named today.
        IReadOnlyList<PriorApplication> prior = [
            Prior(7, false, ["too early"], IntakeFixtures.Now.AddDays(-89)) with { DecidedAt = IntakeFixtures.Now.AddDays(-90) }];

        var report = Assess(HealthyFacts with { PriorApplications = prior });

        Assert.AreEqual(IntakeVerdict.Complete, report.Verdict);
        StringAssert.Contains(Single(report, "prior-applications.resubmission").Message, "reviewed as new");
    }

    [TestMethod]
    public void Declined_application_still_open_counts_from_its_decision()
    {
        IReadOnlyList<PriorApplication> prior = [
            Prior(7, true, ["Declined"], null) with { DecidedAt = IntakeFixtures.Now.AddDays(-100) }];

        var report = Assess(HealthyFacts with { PriorApplications = prior });

        Assert.AreEqual(IntakeVerdict.Complete, report.Verdict);
        Assert.IsFalse(report.Findings.Any(f => f.Check == "prior-applications.duplicate"), "a decided application is no duplicate");
        StringAssert.Contains(Single(report, "prior-applications.resubmission").Message, "reviewed as new");
    }
}
