using System.Globalization;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// One of the 19 requirements of the TAC's ecosystem process; intake measures the <paramref name="Automated"/> ones, and the
/// nightly re-check of an accepted project those with a <paramref name="Recheck"/> threshold (packages are not asked at night).
/// </summary>
public sealed record Requirement(int Number, string Title, bool Automated, string? Recheck = null)
{
    /// <summary>The requirements, in number order, with the configured thresholds and software in their titles.</summary>
    public static IReadOnlyList<Requirement> For(IntakeRules rules)
    {
        var c = CultureInfo.InvariantCulture;
        // The indexes intake asks (requirements.package-indexes); with none, reviewers judge the packages.
        var packages = string.Join(" / ", ((string[])["pypi", "conda"]).Where(i => rules.PackageIndexes.GetValueOrDefault(i) is { Length: > 0 })
            .Select(i => i == "pypi" ? "pip" : i));
        return
        [
            new(1, $"Supports {rules.Foundation.Software} (validated with the latest release)", false),
            new(2, "Working CI for all declared architectures", true, "a CI configuration"),
            new(3, "Technical governance documented in the repository", false),
            new(4, "Value proposition in the README", false),
            new(5, "Working quick start", false),
            new(6, "Clear documentation", false),
            new(7, "Permissive licence", true, "a permissive licence (" + string.Join(", ", rules.PermissiveLicenses) + ")"),
            new(8, "Functional tests", false),
            new(9, "Binary packages" + (packages.Length > 0 ? $" ({packages})" : string.Empty), packages.Length > 0),
            new(10, $"Maintained for 12 months or more, supports the latest two {rules.Foundation.Software} releases", false),
            new(11, string.Create(c, $"At least {rules.MinMaintainers} core maintainers"), true, string.Create(c, $"≥ {rules.MinMaintainers} maintainers, all GitHub accounts")),
            new(12, string.Create(c, $"At least {rules.MinContributors} contributors active in the last {rules.ActivityWindowDays} days"), true, string.Create(c, $"≥ {rules.MinContributors} in {rules.ActivityWindowDays} days")),
            new(13, string.Create(c, $"At least {rules.MinCommits} commits in the last {rules.ActivityWindowDays} days"), true, string.Create(c, $"≥ {rules.MinCommits} in {rules.ActivityWindowDays} days")),
            new(14, string.Create(c, $"At least {rules.MinStars} GitHub stars"), true, string.Create(c, $"≥ {rules.MinStars}")),
            new(15, "LICENSE file", true, "present"),
            new(16, "README file (with release method and cadence)", true, "present"),
            new(17, "CONTRIBUTING file", true, "present"),
            new(18, "CODEOWNERS file", true, "present"),
            new(19, "CODE_OF_CONDUCT file", true, "present"),
        ];
    }
}
