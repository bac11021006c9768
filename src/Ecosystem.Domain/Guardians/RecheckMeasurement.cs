using System.Globalization;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// Turns tonight's intake findings for an accepted project into the re-check's results: one per measurable
/// requirement (CI, licence, 11–19), passed unless a finding failed. Warnings are for reviewers and do not fail a
/// re-check; requirements nothing measured (e.g. packages, not asked at night) are left out.
/// </summary>
public static class RecheckMeasurement
{
    /// <summary>The requirements a nightly re-check measures.</summary>
    public static IReadOnlySet<int> Measured { get; } = new HashSet<int> { 2, 7, 11, 12, 13, 14, 15, 16, 17, 18, 19 };

    /// <summary>
    /// One result per measured requirement in <paramref name="report"/>. When the repository is gone
    /// (<paramref name="repositoryMissing"/>), the checks it made impossible count as failed: an accepted project
    /// whose repository disappeared falls short on all of them.
    /// </summary>
    public static IReadOnlyList<RecheckResult> Results(IntakeReport report, IntakeRules rules, bool repositoryMissing)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rules);
        var results = new List<RecheckResult>();
        foreach (var group in report.Findings
            .Where(f => f.Requirement is { } id && Measured.Contains(id))
            .GroupBy(f => f.Requirement!.Value)
            .OrderBy(g => g.Key))
        {
            var failed = group.Where(f => f.Status == FindingStatus.Fail
                || (repositoryMissing && f.Status == FindingStatus.Skipped && f.Where == "repository")).ToList();
            var measured = group.Where(f => f.Status is FindingStatus.Pass or FindingStatus.Warning).ToList();
            if (failed.Count == 0 && measured.Count == 0)
            {
                continue;
            }

            var requirement = Requirement.All.First(r => r.Number == group.Key);
            var title = requirement.TitleFor(rules);
            var shown = failed.Count > 0 ? failed : measured;
            results.Add(new RecheckResult(
                group.Key,
                title,
                Passed: failed.Count == 0,
                Measured: string.Join(" ", shown.Select(f => Sentence(f, repositoryMissing)).Distinct(StringComparer.Ordinal)),
                Required: Threshold(group.Key, rules)));
        }

        return results;
    }

    private static string Threshold(int requirement, IntakeRules rules) => requirement switch
    {
        2 => "a CI configuration",
        7 => "a permissive licence (" + string.Join(", ", rules.PermissiveLicenses) + ")",
        11 => Invariant($"≥ {rules.MinMaintainers} maintainers, all GitHub accounts"),
        12 => Invariant($"≥ {rules.MinContributors} in {rules.ActivityWindowDays} days"),
        13 => Invariant($"≥ {rules.MinCommits} in {rules.ActivityWindowDays} days"),
        14 => Invariant($"≥ {rules.MinStars}"),
        _ => "present",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Sentence(Finding finding, bool repositoryMissing) =>
        repositoryMissing && finding.Status == FindingStatus.Skipped
            ? "The repository was not found (deleted, renamed or private)."
            : finding.Message.TrimEnd().EndsWith('.') ? finding.Message.TrimEnd() : finding.Message.TrimEnd() + ".";
}
