namespace Ecosystem.Domain.Intake;

/// <summary>One row of the requirement checklist, with the findings about its requirement (the nightly re-check reads them);
/// <paramref name="Mark"/> is null for a requirement left to reviewers.</summary>
public sealed record ChecklistItem(Requirement Requirement, IReadOnlyList<Finding> Findings, FindingStatus? Mark, string Detail)
{
    public static IReadOnlyList<ChecklistItem> For(IntakeRules rules, IReadOnlyList<Finding> findings) =>
        Requirement.For(rules).Select(requirement =>
        {
            var related = findings.Where(f => f.Requirement == requirement.Number).ToList();
            if (!requirement.Automated)
            {
                return new ChecklistItem(requirement, related, null, "for reviewers");
            }

            var mark = related.Any(f => f.Status == FindingStatus.Fail) ? FindingStatus.Fail
                : related.Any(f => f.Status == FindingStatus.Warning) ? FindingStatus.Warning
                : related.Any(f => f.Status == FindingStatus.Pass) ? FindingStatus.Pass
                : FindingStatus.Skipped;
            var shown = mark == FindingStatus.Skipped
                ? related.Where(f => f.Status == FindingStatus.Skipped).Take(1)
                : related.Where(f => f.Status != FindingStatus.Skipped);
            return new ChecklistItem(requirement, related, mark, string.Join(" ", shown.Select(f => f.Text)));
        }).ToList();
}
