using System.Globalization;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// Checks on facts the host gathered about the repository, maintainers, packages and earlier
/// applications. Missing facts make the checks that need them "skipped", with the reason.
/// </summary>
public sealed class RepositoryChecks(IntakeRules rules)
{
    private static readonly string[] OtherCiFiles =
        [".circleci", ".travis.yml", "azure-pipelines.yml", ".gitlab-ci.yml", "jenkinsfile", ".buildkite", "appveyor.yml", ".appveyor.yml", ".drone.yml", ".cirrus.yml"];

    public IReadOnlyList<Finding> Run(Application application, IntakeFacts facts)
    {
        var findings = new List<Finding>();
        var repository = application.Repository;
        var why = repository is null ? "no GitHub repository URL to check"
            : facts.Repository is null ? "repository facts were not gathered (offline run)"
            : !facts.Repository.Exists ? $"repository {repository} was not found"
            : null;

        if (repository is not null && facts.Repository is { Exists: false })
        {
            findings.Add(new Finding("repository.exists", FindingStatus.Fail,
                $"Repository {repository} does not exist or is not public; please check the repo URL.", "Project repo URL", Blocking: true));
        }

        if (why is not null || facts.Repository is null)
        {
            foreach (var (check, requirement) in RepositoryRequirementChecks())
            {
                findings.Add(Finding.Skip(check, why ?? string.Empty, "repository", requirement));
            }
        }
        else
        {
            var repo = facts.Repository;
            CheckState(repo, findings);
            CheckLicense(application, repo, findings);
            CheckActivity(repo, findings);
            CheckLayout(repo, findings);
            CheckContinuousIntegration(repo, findings);
            CheckMaintainerActivity(application, repo, findings);
        }

        CheckMaintainersExist(application, facts.Maintainers, findings);
        CheckPackages(facts.Packages, findings);
        CheckPriorApplications(application, facts.PriorApplications, findings);
        return findings;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private IEnumerable<(string Check, int? Requirement)> RepositoryRequirementChecks()
    {
        yield return ("repository.license", 7);
        yield return ("repository.contributors", 12);
        yield return ("repository.commits", 13);
        yield return ("repository.stars", 14);
        foreach (var file in rules.LayoutFiles)
        {
            yield return ("repository.layout", file.Requirement);
        }

        yield return ("repository.ci", 2);
    }

    private static void CheckState(RepositoryFacts repo, List<Finding> findings)
    {
        findings.Add(new Finding("repository.exists", FindingStatus.Pass, $"Repository {repo.Repository} exists.", "repository"));
        if (repo.IsArchived)
        {
            findings.Add(new Finding("repository.archived", FindingStatus.Fail, $"Repository {repo.Repository} is archived (read-only).", "repository"));
        }

        if (repo.IsFork)
        {
            findings.Add(new Finding("repository.fork", FindingStatus.Warning,
                $"Repository {repo.Repository} is a fork; reviewers may ask for the upstream project.", "repository"));
        }
    }

    private void CheckLicense(Application application, RepositoryFacts repo, List<Finding> findings)
    {
        var detected = repo.LicenseSpdxId is { Length: > 0 } id && !string.Equals(id, "NOASSERTION", StringComparison.OrdinalIgnoreCase) ? id : null;
        var typed = TypedLicense.Read(application.ValueOf(ApplicationField.License), rules.PermissiveLicenses);
        if (detected is null)
        {
            findings.Add(new Finding("repository.license", FindingStatus.Warning,
                "GitHub detects no standard licence in the repository; reviewers check the LICENSE file.", "repository", 7));
            return;
        }

        var permissive = rules.PermissiveLicenses.Any(p => TypedLicense.SameLicense(p, detected));
        findings.Add(permissive
            ? new Finding("repository.license", FindingStatus.Pass, $"{detected} (detected by GitHub) is permissive.", "repository", 7)
            : new Finding("repository.license", FindingStatus.Fail,
                $"{detected} (detected by GitHub) is not on the permissive list ({string.Join(", ", rules.PermissiveLicenses)}).", "repository", 7));

        if (typed.SpdxId is { } stated && !TypedLicense.SameLicense(stated, detected))
        {
            findings.Add(new Finding("repository.license-mismatch", FindingStatus.Warning,
                $"The form says {stated}, but GitHub detects {detected} in the repository.", "Project license", 7));
        }
        else if (typed.SpdxId is null && !typed.IsLink && typed.Text.Length > 0)
        {
            findings.Add(new Finding("repository.license-mismatch", FindingStatus.Warning,
                $"The licence typed in the form is not recognised; GitHub detects {detected}.", "Project license", 7));
        }
    }

    private void CheckActivity(RepositoryFacts repo, List<Finding> findings)
    {
        var contributors = repo.ActiveContributorLogins.Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var window = N(rules.ActivityWindowDays);
        findings.Add(Measure("repository.contributors", contributors, rules.MinContributors, $"active contributors in the last {window} days", 12));
        findings.Add(Measure("repository.commits", repo.CommitsInWindow, rules.MinCommits, $"commits in the last {window} days", 13));
        findings.Add(Measure("repository.stars", repo.Stars, rules.MinStars, "stars", 14));
    }

    private static Finding Measure(string check, int measured, int minimum, string what, int requirement) =>
        measured >= minimum
            ? new Finding(check, FindingStatus.Pass, $"{N(measured)} {what} (at least {N(minimum)} needed).", "repository", requirement)
            : new Finding(check, FindingStatus.Fail, $"{N(measured)} {what}; at least {N(minimum)} needed.", "repository", requirement);

    private void CheckLayout(RepositoryFacts repo, List<Finding> findings)
    {
        var places = new (string Prefix, IReadOnlyList<string> Entries)[] { ("", repo.RootEntries), (".github/", repo.DotGithubEntries), ("docs/", repo.DocsEntries) };
        foreach (var file in rules.LayoutFiles)
        {
            var found = places
                .SelectMany(p => p.Entries.Where(e => file.Stems.Any(s => string.Equals(Stem(e), s, StringComparison.OrdinalIgnoreCase))).Select(e => p.Prefix + e))
                .FirstOrDefault();
            findings.Add(found is not null
                ? new Finding("repository.layout", FindingStatus.Pass, $"{found}", "repository", file.Requirement)
                : new Finding("repository.layout", FindingStatus.Fail, $"No {file.Name} file in the root, .github/ or docs/.", "repository", file.Requirement));
        }
    }

    private static string Stem(string entry)
    {
        var dot = entry.IndexOf('.', 1);
        return dot < 0 ? entry : entry[..dot];
    }

    private static void CheckContinuousIntegration(RepositoryFacts repo, List<Finding> findings)
    {
        var workflows = repo.WorkflowEntries.Count(e => e.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || e.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase));
        var other = repo.RootEntries.Where(e => OtherCiFiles.Contains(e, StringComparer.OrdinalIgnoreCase)).ToList();
        if (workflows > 0)
        {
            findings.Add(new Finding("repository.ci", FindingStatus.Pass,
                $"{N(workflows)} GitHub Actions workflow(s); reviewers confirm CI covers every declared architecture.", "repository", 2));
        }
        else if (other.Count > 0)
        {
            findings.Add(new Finding("repository.ci", FindingStatus.Pass,
                $"CI configuration: {string.Join(", ", other)}; reviewers confirm CI covers every declared architecture.", "repository", 2));
        }
        else
        {
            findings.Add(new Finding("repository.ci", FindingStatus.Fail, "No CI configuration found (.github/workflows is empty, no other CI files).", "repository", 2));
        }
    }

    private void CheckMaintainerActivity(Application application, RepositoryFacts repo, List<Finding> findings)
    {
        foreach (var handle in application.MaintainerHandles)
        {
            var active = repo.ActiveContributorLogins.Contains(handle, StringComparer.OrdinalIgnoreCase);
            if (!active && !CodeOwners.NamesUser(repo.CodeownersText, handle))
            {
                findings.Add(new Finding("cross.maintainer-activity", FindingStatus.Warning,
                    $"@{handle} has no commit in the last {N(rules.ActivityWindowDays)} days and is not in CODEOWNERS.", "Maintainers", 11));
            }
        }
    }

    private static void CheckMaintainersExist(Application application, MaintainerFacts? facts, List<Finding> findings)
    {
        var handles = application.MaintainerHandles;
        if (handles.Count == 0)
        {
            return;
        }

        if (facts is null)
        {
            findings.Add(Finding.Skip("maintainers.exist", "maintainer accounts were not looked up (offline run)", "Maintainers", 11));
            return;
        }

        var missing = handles.Where(h => facts.Exists(h) == false).ToList();
        findings.Add(missing.Count > 0
            ? new Finding("maintainers.exist", FindingStatus.Fail,
                $"Not GitHub accounts: {string.Join(", ", missing.Select(h => "@" + h))}.", "Maintainers", 11)
            : new Finding("maintainers.exist", FindingStatus.Pass, "Every listed maintainer has a GitHub account.", "Maintainers", 11));
    }

    private static void CheckPackages(PackageFacts? facts, List<Finding> findings)
    {
        if (facts is null)
        {
            findings.Add(Finding.Skip("packages", "package indexes were not asked (offline run)", "packages", 9));
            return;
        }

        var found = facts.Lookups.Where(l => l.Found == true).ToList();
        if (found.Count > 0)
        {
            var where = found.Select(l => $"{(l.Index == PackageIndex.PyPI ? "PyPI" : "conda-forge")}: {l.Name}").Distinct(StringComparer.Ordinal);
            findings.Add(new Finding("packages", FindingStatus.Pass, $"Published on {string.Join(", ", where)}.", "packages", 9));
        }
        else if (facts.Lookups.Count == 0 || facts.Lookups.Any(l => l.Found is null))
        {
            findings.Add(Finding.Skip("packages", "the package indexes could not be asked", "packages", 9));
        }
        else
        {
            var names = facts.Lookups.Select(l => l.Name).Distinct(StringComparer.Ordinal);
            findings.Add(new Finding("packages", FindingStatus.Warning,
                $"No package named {string.Join(" or ", names)} on PyPI or conda-forge; reviewers check how the project is distributed.", "packages", 9));
        }
    }

    /// <summary>The outcome label that makes <paramref name="prior"/> a decided application (declined or too early), or null.</summary>
    public string? OutcomeOf(PriorApplication prior) =>
        prior.Labels.FirstOrDefault(l =>
            string.Equals(l, rules.DeclinedLabel, StringComparison.OrdinalIgnoreCase) || string.Equals(l, rules.TooEarlyLabel, StringComparison.OrdinalIgnoreCase));

    private void CheckPriorApplications(Application application, PriorApplications? facts, List<Finding> findings)
    {
        if (facts is null)
        {
            findings.Add(Finding.Skip("prior-applications", "earlier applications were not searched (offline run)", "issues"));
            return;
        }

        var now = rules.Time.GetUtcNow();
        foreach (var prior in facts.Applications.Where(p => p.Number != application.Issue.Number).OrderBy(p => p.Number))
        {
            var outcome = OutcomeOf(prior);
            if (outcome is null)
            {
                if (prior.IsOpen)
                {
                    findings.Add(new Finding("prior-applications.duplicate", FindingStatus.Warning,
                        $"Issue {N(prior.Number)} is another open application for the same repository.", "issues") { Link = prior.HtmlUrl });
                }

                continue;
            }

            // A resubmission: linked in the report (and the earlier issue links back, see ResubmissionLinks); before the
            // date it waits on the applicant, from the date it is reviewed as new.
            var decided = prior.IsOpen ? prior.DecidedAt : prior.ClosedAt;
            var returnFrom = decided?.AddDays(rules.ResubmitAfterDays);
            var when = decided is { } at ? $" on {at.UtcDateTime:yyyy-MM-dd}" : string.Empty;
            if (returnFrom > now)
            {
                findings.Add(new Finding("prior-applications.resubmitted-early", FindingStatus.Fail,
                    $"Issue {N(prior.Number)} for the same repository was decided as {outcome}{when}; "
                    + $"a new application is expected from {returnFrom.Value.UtcDateTime:yyyy-MM-dd}. It waits until then and is reviewed as new from that date.",
                    "issues", Blocking: true) { Link = prior.HtmlUrl, WaitsUntil = DateOnly.FromDateTime(returnFrom.Value.UtcDateTime) });
            }
            else
            {
                findings.Add(new Finding("prior-applications.resubmission", FindingStatus.Warning,
                    $"Issue {N(prior.Number)} for the same repository was decided as {outcome}{when}; this resubmission is reviewed as new.", "issues") { Link = prior.HtmlUrl });
            }
        }
    }
}
