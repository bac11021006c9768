using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>Thresholds of the measurable requirements (TAC document).</summary>
public sealed class RequirementsOptions
{
    [ConfigurationKeyName("min-stars")]
    public int MinStars { get; init; } = 200;

    [ConfigurationKeyName("min-commits-90d")]
    public int MinCommits90d { get; init; } = 30;

    [ConfigurationKeyName("min-contributors-90d")]
    public int MinContributors90d { get; init; } = 5;

    [ConfigurationKeyName("min-maintainers")]
    public int MinMaintainers { get; init; } = 2;

    /// <summary>SPDX ids of licences accepted as permissive.</summary>
    [ConfigurationKeyName("permissive-licenses")]
    public IReadOnlyList<string> PermissiveLicenses { get; init; } =
        ["MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "BSD-3-Clause-Clear", "PSF-2.0", "Zlib", "Unlicense", "0BSD"];

    /// <summary>Days after a decision before the same project may apply again.</summary>
    [ConfigurationKeyName("resubmit-after-days")]
    public int ResubmitAfterDays { get; init; } = 90;

    /// <summary>Package index name to base URL; an empty URL turns that index off.</summary>
    [ConfigurationKeyName("package-indexes")]
    public IReadOnlyDictionary<string, string> PackageIndexes { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["pypi"] = "https://pypi.org",
        ["conda"] = "https://api.anaconda.org",
    };

    /// <summary>Files the repository layout requirements look for (any extension, any case).</summary>
    [ConfigurationKeyName("layout-files")]
    public IReadOnlyList<string> LayoutFiles { get; init; } = ["LICENSE", "README", "CONTRIBUTING", "CODEOWNERS", "CODE_OF_CONDUCT"];
}
