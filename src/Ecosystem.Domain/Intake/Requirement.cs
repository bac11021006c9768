using System.Globalization;

namespace Ecosystem.Domain.Intake;

/// <summary>One of the 19 requirements of the TAC's ecosystem process; intake measures the <paramref name="Automated"/> ones.</summary>
public sealed record Requirement(int Number, string Title, bool Automated)
{
    public static IReadOnlyList<Requirement> All { get; } = For(new IntakeRules());

    /// <summary>The requirements, in number order, with the configured thresholds in their titles.</summary>
    public static IReadOnlyList<Requirement> For(IntakeRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var c = CultureInfo.InvariantCulture;
        return
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
            new(11, string.Create(c, $"At least {rules.MinMaintainers} core maintainers"), true),
            new(12, string.Create(c, $"At least {rules.MinContributors} contributors active in the last {rules.ActivityWindowDays} days"), true),
            new(13, string.Create(c, $"At least {rules.MinCommits} commits in the last {rules.ActivityWindowDays} days"), true),
            new(14, string.Create(c, $"At least {rules.MinStars} GitHub stars"), true),
            new(15, "LICENSE file", true),
            new(16, "README file (with release method and cadence)", true),
            new(17, "CONTRIBUTING file", true),
            new(18, "CODEOWNERS file", true),
            new(19, "CODE_OF_CONDUCT file", true),
        ];
    }

    public string TitleFor(IntakeRules rules) => For(rules)[Number - 1].Title;
}
