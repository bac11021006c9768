using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// One of the 19 requirements of the TAC's ecosystem process. <paramref name="Automated"/>
/// requirements are measured by the intake check; the rest are left for reviewers.
/// </summary>
public sealed record Requirement(int Number, string Title, bool Automated)
{
    public static IReadOnlyList<Requirement> All { get; } =
    [
        new(1, "Supports PyTorch (validated with the latest release)", false),
        new(2, "Working CI for all declared architectures", true),
        new(3, "Technical governance documented in the repository", false),
        new(4, "Value proposition in the README", false),
        new(5, "Working quick start", false),
        new(6, "Clear documentation", false),
        new(7, "Permissive licence", true),
        new(8, "Functional tests", false),
        new(9, "Binary packages (pip / conda)", true),
        new(10, "Maintained for 12 months or more, supports the latest two PyTorch releases", false),
        new(11, "At least {{ min_maintainers }} core maintainers", true),
        new(12, "At least {{ min_contributors }} contributors active in the last {{ window }} days", true),
        new(13, "At least {{ min_commits }} commits in the last {{ window }} days", true),
        new(14, "At least {{ min_stars }} GitHub stars", true),
        new(15, "LICENSE file", true),
        new(16, "README file (with release method and cadence)", true),
        new(17, "CONTRIBUTING file", true),
        new(18, "CODEOWNERS file", true),
        new(19, "CODE_OF_CONDUCT file", true),
    ];

    /// <summary>The title with the configured thresholds filled in.</summary>
    public string TitleFor(IntakeRules rules) => !Title.Contains("{{", StringComparison.Ordinal) ? Title : Template.Inline(Title).Render(new Dictionary<string, object?>
    {
        ["min_maintainers"] = rules.MinMaintainers,
        ["min_contributors"] = rules.MinContributors,
        ["min_commits"] = rules.MinCommits,
        ["min_stars"] = rules.MinStars,
        ["window"] = rules.ActivityWindowDays,
    });
}
