using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// Turns tonight's intake findings for an accepted project into the re-check's results: one per requirement with a
/// <see cref="Requirement.Recheck"/> threshold (CI, licence, 11–19), passed unless a finding failed. Warnings are for
/// reviewers and do not fail a re-check; requirements nothing measured are left out.
/// </summary>
public static class RecheckMeasurement
{
    /// <summary>
    /// One result per re-checked requirement in <paramref name="report"/>. When the repository is gone
    /// (<paramref name="repositoryMissing"/>), the checks it made impossible count as failed: an accepted project
    /// whose repository disappeared falls short on all of them.
    /// </summary>
    public static IReadOnlyList<RecheckResult> Results(IntakeReport report, IntakeRules rules, bool repositoryMissing)
    {
        ArgumentNullException.ThrowIfNull(report);
        var results = new List<RecheckResult>();
        foreach (var requirement in Requirement.For(rules))
        {
            var findings = report.Findings.Where(f => f.Requirement == requirement.Number).ToList();
            var failed = findings.Where(f => f.Status == FindingStatus.Fail
                || (repositoryMissing && f.Status == FindingStatus.Skipped && f.Where == "repository")).ToList();
            var shown = failed.Count > 0 ? failed : findings.Where(f => f.Status is FindingStatus.Pass or FindingStatus.Warning).ToList();
            if (requirement.Recheck is { } required && shown.Count > 0)
            {
                var measured = string.Join(" ", shown.Select(f => Sentence(f, repositoryMissing)).Distinct(StringComparer.Ordinal));
                results.Add(new RecheckResult(requirement.Number, requirement.Title, failed.Count == 0, measured, required));
            }
        }

        return results;
    }

    private static string Sentence(Finding finding, bool repositoryMissing) =>
        repositoryMissing && finding.Status == FindingStatus.Skipped
            ? "The repository was not found (deleted, renamed or private)."
            : finding.Message.TrimEnd().EndsWith('.') ? finding.Message.TrimEnd() : finding.Message.TrimEnd() + ".";
}
