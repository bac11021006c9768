using System.Globalization;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Intake;

/// <summary>Checks on the facts the host gathered; missing facts make the checks that need them "skipped", with the reason.</summary>
public sealed class RepositoryChecks(ApplicationForm form, IntakeRules rules)
{
    private const string EarlierApplications = "earlier applications";
    private const string PackageIndexes = "package indexes";

    private readonly FormChecks _answers = new(form, rules);

    private static readonly string[] OtherCiFiles =
        [".circleci", ".travis.yml", "azure-pipelines.yml", ".gitlab-ci.yml", "jenkinsfile", ".buildkite", "appveyor.yml", ".appveyor.yml", ".drone.yml", ".cirrus.yml"];

    public IReadOnlyList<Finding> Run(Application application, IntakeFacts facts)
    {
        var findings = new List<Finding>();
        var repository = application.Repository;
        var gone = facts.Repository is { Exists: false };
        if (repository is not null && gone)
        {
            findings.Add(new Finding("repository.exists", FindingStatus.Fail,
                $"Repository {repository} does not exist or is not public; please check the repo URL.", Label(ApplicationField.RepositoryUrl), Blocking: true));
        }

        if (application.RepositoryUrl is { Kind: GitHubUrlKind.OtherForgeRepository } elsewhere)
        {
            // Measured by reviewers on the forge; the typed licence is still judged.
            LeaveToReviewers(elsewhere, findings);
            findings.Add(TypedLicenseFinding(application, "the repository is not on GitHub"));
        }
        else if (repository is not null && facts.Repository is { Exists: true } repo)
        {
            CheckState(repository, repo, findings);
            CheckLicense(application, repo, findings);
            CheckActivity(repo, findings);
            CheckLayout(repo, findings);
            findings.Add(ContinuousIntegration(repo));
            CheckMaintainerActivity(application, repo, findings);
        }
        else
        {
            var why = repository is null ? "no GitHub repository URL to check"
                : gone ? $"repository {repository} was not found"
                : "repository facts were not gathered (offline run)";
            // Without GitHub's detected licence the typed one is judged; not for a repository that is gone, whose
            // requirements all stay unmeasured.
            foreach (var (check, requirement) in RepositoryRequirementChecks())
            {
                findings.Add(check == "repository.license" && !gone
                    ? TypedLicenseFinding(application, why)
                    : Finding.Skip(check, why, "repository", requirement));
            }
        }

        if (application.MaintainerHandles is { Count: > 0 } handles)
        {
            findings.Add(MaintainersExist(handles, facts.Maintainers));
        }

        findings.Add(Packages(facts.Packages));
        CheckPriorApplications(application, facts.PriorApplications, findings);
        return findings;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private IEnumerable<(string Check, int Requirement)> RepositoryRequirementChecks()
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

    // The form's own words for the question; "form" where it does not ask it (a licence judged from the repository alone).
    private string Label(ApplicationField field) => form[field]?.Label ?? "form";

    private static Finding Repo(string check, FindingStatus status, string message, int? requirement = null) =>
        new(check, status, message, "repository", requirement);

    // On GitLab, Codeberg…: what is measured through GitHub is left to reviewers (⚠️), not held against it.
    private void LeaveToReviewers(GitHubUrl url, List<Finding> findings)
    {
        var measuredThroughGitHub = RepositoryRequirementChecks().Where(c => c.Check != "repository.license").ToList();
        var numbers = measuredThroughGitHub.Select(c => c.Requirement).Distinct().Order().ToList();
        findings.Add(new Finding("repository.other-forge", FindingStatus.Warning,
            $"The repository is on {url.Forge} ({url.Address}); requirements {Numbers(numbers)} are measured through GitHub, so they are left to reviewers. "
            + "The licence is judged from the answer.",
            Label(ApplicationField.RepositoryUrl)));
        foreach (var (check, requirement) in measuredThroughGitHub)
        {
            findings.Add(Repo(check, FindingStatus.Warning, $"Not measurable on {url.Forge}: reviewers check it.", requirement));
        }
    }

    /// <summary>"2, 7, 12–19".</summary>
    private static string Numbers(IReadOnlyList<int> numbers)
    {
        var parts = new List<string>();
        for (var i = 0; i < numbers.Count; i++)
        {
            var start = i;
            while (i + 1 < numbers.Count && numbers[i + 1] == numbers[i] + 1)
            {
                i++;
            }

            parts.Add(i - start >= 2 ? $"{N(numbers[start])}–{N(numbers[i])}" : i > start ? $"{N(numbers[start])}, {N(numbers[i])}" : N(numbers[i]));
        }

        return string.Join(", ", parts);
    }

    // Requirement 7 from the answer alone, when GitHub's detected licence is not at hand.
    private Finding TypedLicenseFinding(Application application, string whyNotDetected)
    {
        var where = Label(ApplicationField.License);
        var answer = _answers.AnswerOf(application, ApplicationField.License);
        var typed = TypedLicense.Read(answer, rules.PermissiveLicenses);
        if (typed.SpdxId is { } id)
        {
            return typed.Restricted ? RestrictedUse(typed, id, where)
                : NotPermissiveBesides(typed, where) ?? Permissive("form.license", id, "as typed in the form", where);
        }

        if (typed.IsLink)
        {
            return Finding.Skip("form.license", $"the answer is a link to a licence file, which is read through GitHub: {whyNotDetected}", where, 7);
        }

        return string.IsNullOrWhiteSpace(answer)
            ? Finding.Skip("repository.license", whyNotDetected, "repository", 7)
            : new Finding("form.license", FindingStatus.Warning,
                $"{FormChecks.Quote(typed.Text)} is not a licence name this check knows; reviewers read the licence.", where, 7);
    }

    private static Finding RestrictedUse(TypedLicense typed, string id, string where) =>
        new("form.license", FindingStatus.Warning,
            $"{FormChecks.Quote(typed.Text)} names {id} with terms that restrict its use "
            + "(non-commercial, research or personal use only, Commons Clause); reviewers read the licence.", where, 7);

    // A licence for a part of the project besides a permissive one ("Apache-2.0 for the library, GPL-3.0 for the CLI")
    // that is not permissive itself: for reviewers, as the part it covers decides.
    private Finding? NotPermissiveBesides(TypedLicense typed, string where)
    {
        var others = typed.Named.Skip(1).Where(id => !IsPermissive(id)).ToList();
        return typed.SpdxId is { } id && IsPermissive(id) && others.Count > 0
            ? new Finding("form.license", FindingStatus.Warning,
                $"{FormChecks.Quote(typed.Text)} names {string.Join(" and ", others)} besides {id}, not on the permissive list "
                + $"({string.Join(", ", rules.PermissiveLicenses)}); reviewers read which part of the project each covers.", where, 7)
            : null;
    }

    private bool IsPermissive(string id) => TypedLicense.IsAmong(id, rules.PermissiveLicenses);

    private Finding Permissive(string check, string id, string source, string where) =>
        IsPermissive(id)
            ? new Finding(check, FindingStatus.Pass, $"{id} ({source}) is permissive.", where, 7)
            : new Finding(check, FindingStatus.Fail, $"{id} ({source}) is not on the permissive list ({string.Join(", ", rules.PermissiveLicenses)}).", where, 7);

    private void CheckState(RepositoryReference named, RepositoryFacts repo, List<Finding> findings)
    {
        // GitHub follows a rename or transfer from the name in the form: the checks are of the repository where it is now.
        var moved = !named.Is(repo.Repository);
        findings.Add(Repo("repository.exists", FindingStatus.Pass, !moved
            ? $"Repository {repo.Repository} exists."
            : $"Repository {named} moved to {repo.Repository}; checked there."));
        if (moved)
        {
            // A passed check is not listed in the comment: the move is said where the applicant and the reviewers read.
            findings.Add(new Finding("repository.moved", FindingStatus.Warning,
                $"Repository {named} has moved to {repo.Repository} (GitHub redirects the old URL), and was checked there. "
                + $"Please update the repo URL to {repo.Repository.Url}.", Label(ApplicationField.RepositoryUrl)));
        }

        if (repo.IsEmpty)
        {
            // Most often the wrong repository named (a new one, the code elsewhere): every measured row fails for that one reason.
            findings.Add(new Finding("repository.empty", FindingStatus.Fail,
                $"Repository {repo.Repository} is empty: its default branch holds no files, so there is no code to review. "
                + "Please give the URL of the repository that holds the project's source code.",
                Label(ApplicationField.RepositoryUrl), Blocking: true));
        }

        if (repo.IsArchived)
        {
            // Reviewers decide on an archived project (it may have moved); the report makes sure they see it.
            findings.Add(Repo("repository.archived", FindingStatus.Warning,
                $"Repository {repo.Repository} is archived (read-only); reviewers will ask where the project is maintained now."));
        }

        if (repo.IsFork)
        {
            findings.Add(Repo("repository.fork", FindingStatus.Warning, $"Repository {repo.Repository} is a fork; reviewers may ask for the upstream project."));
        }
    }

    private void CheckLicense(Application application, RepositoryFacts repo, List<Finding> findings)
    {
        var detected = repo.LicenseSpdxId is { Length: > 0 } id && !string.Equals(id, "NOASSERTION", StringComparison.OrdinalIgnoreCase) ? id : null;
        var typed = TypedLicense.Read(application.ValueOf(ApplicationField.License), rules.PermissiveLicenses);
        if (detected is null)
        {
            findings.Add(Repo("repository.license", FindingStatus.Warning, "GitHub detects no standard licence in the repository; reviewers check the LICENSE file.", 7));
            findings.Add(TypedLicenseFinding(application, "GitHub detects no standard licence"));
            return;
        }

        findings.Add(Permissive("repository.license", detected, "detected by GitHub", "repository"));

        if (typed.SpdxId is { } stated && !TypedLicense.IsAmong(detected, typed.Named))
        {
            findings.Add(new Finding("repository.license-mismatch", FindingStatus.Warning,
                $"The form says {stated}, but GitHub detects {detected} in the repository.", Label(ApplicationField.License), 7));
        }
        else if (typed.SpdxId is null && !typed.IsLink && typed.Text.Length > 0)
        {
            findings.Add(new Finding("repository.license-mismatch", FindingStatus.Warning,
                $"The licence typed in the form is not recognised; GitHub detects {detected}.", Label(ApplicationField.License), 7));
        }

        // The LICENSE file GitHub reads may cover the code alone: terms the answer adds (weights under CC BY-NC) are for reviewers.
        if (typed.Restricted)
        {
            findings.Add(RestrictedUse(typed, typed.SpdxId ?? detected, Label(ApplicationField.License)));
        }
        else if (NotPermissiveBesides(typed, Label(ApplicationField.License)) is { } besides)
        {
            findings.Add(besides);
        }
    }

    private void CheckActivity(RepositoryFacts repo, List<Finding> findings)
    {
        var authors = repo.ActiveContributorLogins.Distinct(GitHubHandle.Comparer).ToList();
        // Apps (dependabot, pre-commit-ci) commit too; no person is behind them. Their commits carry no user, so their
        // noreply e-mail stands for them, with the [bot] of their login in it.
        var bots = authors.Count(a => a.Contains("[bot]", StringComparison.OrdinalIgnoreCase));
        var window = N(rules.ActivityWindowDays);
        var besides = bots > 0 ? $", besides {Counted.Of(bots, "bot")}" : string.Empty;
        var what = $"active contributors in the last {window} days{besides}";
        findings.Add(Measure("repository.contributors", authors.Count - bots, rules.MinContributors, what, 12));
        findings.Add(Measure("repository.commits", repo.CommitsInWindow, rules.MinCommits, $"commits in the last {window} days", 13));
        findings.Add(Measure("repository.stars", repo.Stars, rules.MinStars, "stars", 14));
    }

    private static Finding Measure(string check, int measured, int minimum, string what, int requirement) =>
        measured >= minimum
            ? Repo(check, FindingStatus.Pass, $"{N(measured)} {what} (at least {N(minimum)} needed).", requirement)
            : Repo(check, FindingStatus.Fail, $"{N(measured)} {what}; at least {N(minimum)} needed.", requirement);

    private void CheckLayout(RepositoryFacts repo, List<Finding> findings)
    {
        foreach (var file in rules.LayoutFiles)
        {
            var found = Find(repo, file);
            if (found is null && file.OwnerDefault && repo.OwnerDefaults is { } defaults && Find(defaults, file) is { } shared)
            {
                found = $"{shared} from {defaults.Repository}, the owner's default that GitHub shows on repositories without their own.";
            }

            findings.Add(found is not null
                ? Repo("repository.layout", FindingStatus.Pass, found, file.Requirement)
                : Repo("repository.layout", FindingStatus.Fail, $"No {file.Name} file in the root, .github/ or docs/.", file.Requirement));
        }
    }

    /// <summary>The path of the first entry in the root, <c>.github/</c> or <c>docs/</c> named for <paramref name="file"/>.</summary>
    private static string? Find(RepositoryFacts repo, LayoutFile file)
    {
        bool Named(string entry) =>
            file.Stems.Any(stem => file.ExactName ? string.Equals(entry, stem, StringComparison.OrdinalIgnoreCase) : IsNamed(entry, stem));
        return repo.RootEntries.FirstOrDefault(Named) is { } root ? root
            : repo.DotGithubEntries.FirstOrDefault(Named) is { } github ? ".github/" + github
            : repo.DocsEntries.FirstOrDefault(Named) is { } docs ? "docs/" + docs
            : null;
    }

    // "LICENSE", "license.txt", "LICENSE-MIT", "licence_apache.md": dual-licensed projects ship one file per licence, and
    // GitHub detects the licence from such a file too.
    private static bool IsNamed(string entry, string stem)
    {
        var dot = entry.IndexOf('.', 1);
        var name = dot < 0 ? entry : entry[..dot];
        return name.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && (name.Length == stem.Length || name[stem.Length] is '-' or '_');
    }

    private static Finding ContinuousIntegration(RepositoryFacts repo)
    {
        var workflows = repo.WorkflowEntries.Count(e => e.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || e.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase));
        var other = repo.RootEntries.Where(e => OtherCiFiles.Contains(e, StringComparer.OrdinalIgnoreCase)).ToList();
        var found = workflows > 0 ? Counted.Of(workflows, "GitHub Actions workflow")
            : other.Count > 0 ? $"CI configuration: {string.Join(", ", other)}" : null;
        return found is null
            ? Repo("repository.ci", FindingStatus.Fail, "No CI configuration found (.github/workflows is empty, no other CI files).", 2)
            : Repo("repository.ci", FindingStatus.Pass, found + "; reviewers confirm CI covers every declared architecture.", 2);
    }

    private void CheckMaintainerActivity(Application application, RepositoryFacts repo, List<Finding> findings)
    {
        foreach (var handle in application.MaintainerHandles)
        {
            var active = repo.ActiveContributorLogins.Contains(handle, GitHubHandle.Comparer);
            if (!active && !CodeOwners.NamesUser(repo.CodeownersText, handle))
            {
                findings.Add(new Finding("cross.maintainer-activity", FindingStatus.Warning,
                    $"@{handle} has no commit in the last {N(rules.ActivityWindowDays)} days and is not in CODEOWNERS.", Label(ApplicationField.Maintainers), 11));
            }
        }
    }

    private Finding MaintainersExist(IReadOnlyList<string> handles, IReadOnlySet<string>? accounts)
    {
        var where = Label(ApplicationField.Maintainers);
        var missing = handles.Where(h => accounts?.Contains(h) == false).ToList();
        return accounts is null ? Finding.Skip("maintainers.exist", "maintainer accounts were not looked up (offline run)", where, 11)
            : missing.Count > 0 ? new Finding("maintainers.exist", FindingStatus.Fail, $"Not GitHub accounts: {string.Join(", ", missing.Select(h => "@" + h))}.", where, 11)
            : new Finding("maintainers.exist", FindingStatus.Pass, "Every listed maintainer has a GitHub account.", where, 11);
    }

    private static Finding Packages(PackageFacts? facts)
    {
        static Finding Said(FindingStatus status, string message) => new("packages", status, message, PackageIndexes, 9);
        if (facts is null)
        {
            return Said(FindingStatus.Skipped, "package indexes were not asked (offline run)");
        }

        // With every index off, requirement 9 is left to reviewers (Requirement.For) and this finding is not shown.
        var off = facts.TurnedOff.Distinct().Order().ToList();
        var turnedOff = off.Count == 0 ? string.Empty
            : $" ({string.Join(" and ", off.Select(IndexName))} {(off.Count == 1 ? "is" : "are")} turned off in the configuration, requirements.package-indexes)";
        var found = facts.Lookups.Where(l => l.Found == true).Select(l => $"{IndexName(l.Index)}: {l.Name}").Distinct(StringComparer.Ordinal).ToList();
        var unreachable = facts.Lookups.Where(l => l.Found is null).Select(l => l.Index).Distinct().Order().ToList();
        var names = facts.Lookups.Select(l => l.Name).Distinct(StringComparer.Ordinal);
        var asked = facts.Lookups.Select(l => l.Index).Distinct().Order().Select(IndexName);
        return found.Count > 0 ? Said(FindingStatus.Pass, $"Published on {string.Join(", ", found)}.")
            : facts.Lookups.Count == 0 ? Said(FindingStatus.Skipped, "no package name to look up (from the repository or the title)" + turnedOff)
            : unreachable.Count > 0 ? Said(FindingStatus.Skipped, $"{string.Join(" and ", unreachable.Select(IndexName))} could not be asked" + turnedOff)
            : Said(FindingStatus.Warning,
                $"No package named {string.Join(" or ", names)} on {string.Join(" or ", asked)}{turnedOff}; reviewers check how the project is distributed.");
    }

    private static string IndexName(PackageIndex index) => index == PackageIndex.PyPI ? "PyPI" : "conda-forge";

    // The date when the application was filed before it (it waited until then).
    private static DateOnly? FiledBefore(Application application, DateOnly? returnOn) =>
        returnOn > DateOnly.FromDateTime(application.Issue.CreatedAt.UtcDateTime) ? returnOn : null;

    private void CheckPriorApplications(Application application, IReadOnlyList<PriorApplication>? facts, List<Finding> findings)
    {
        if (facts is null)
        {
            findings.Add(Finding.Skip("prior-applications", "earlier applications were not searched (offline run)", EarlierApplications));
            return;
        }

        var today = DateOnly.FromDateTime(rules.Time.GetUtcNow().UtcDateTime);
        foreach (var prior in facts.Where(p => p.Issue.Number != application.Issue.Number).OrderBy(p => p.Issue.Number))
        {
            var issue = prior.Issue;
            var outcome = prior.OutcomeIn(rules.Labels);
            if (outcome is null)
            {
                // Accepted applications mostly stay open: one is no other application waiting, but the project accepted before.
                if (issue.HasLabel(rules.Labels.Accepted))
                {
                    findings.Add(new Finding("prior-applications.accepted", FindingStatus.Warning,
                        $"Issue {N(issue.Number)} for the same repository was accepted; reviewers will ask what this application adds.",
                        EarlierApplications) { Link = issue.HtmlUrl });
                }
                else if (issue.IsOpen)
                {
                    findings.Add(new Finding("prior-applications.duplicate", FindingStatus.Warning,
                        $"Issue {N(issue.Number)} is another open application for the same repository.",
                        EarlierApplications) { Link = issue.HtmlUrl });
                }

                continue;
            }

            // A resubmission, linked both ways (ResubmissionLinks): after a decline (not "too early", which may apply again once
            // the noted items are done), before the date it waits on the applicant, from the date it is reviewed as new.
            var decided = prior.DecidedAt ?? (issue.IsOpen ? null : issue.ClosedAt);
            var returnOn = decided is { } d && Issues.LabelNames.Same(outcome, rules.Labels.Declined) ? rules.Resubmission.From(d) : (DateOnly?)null;
            var when = decided is { } at ? " on " + SessionText.Date(at) : string.Empty;
            if (returnOn > today)
            {
                findings.Add(new Finding("prior-applications.resubmitted-early", FindingStatus.Fail,
                    $"Issue {N(issue.Number)} for the same repository was decided as {outcome}{when}; a new application is expected from "
                    + $"{SessionText.Date(returnOn.Value)}. It waits until then and is reviewed as new from that date.",
                    EarlierApplications, Blocking: true) { Link = issue.HtmlUrl, WaitsUntil = returnOn });
            }
            else
            {
                findings.Add(new Finding("prior-applications.resubmission", FindingStatus.Warning,
                    $"Issue {N(issue.Number)} for the same repository was decided as {outcome}{when}; this resubmission is reviewed as new.",
                    EarlierApplications) { Link = issue.HtmlUrl, ReviewedFrom = FiledBefore(application, returnOn) });
            }
        }
    }
}
