using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Intake;

/// <summary>The thresholds and names intake checks against (from <c>requirements:</c> and <c>labels:</c> in the configuration).</summary>
public sealed record IntakeRules
{
    public int MinStars { get; init; } = 200;

    public int MinCommits { get; init; } = 30;

    public int MinContributors { get; init; } = 5;

    public int MinMaintainers { get; init; } = 2;

    public int ActivityWindowDays { get; init; } = 90;

    public ResubmissionWait Resubmission { get; init; } = new();

    public int MinDescriptionWords { get; init; } = 100;

    public int MaxDescriptionWords { get; init; } = 300;

    public IReadOnlyList<string> PermissiveLicenses { get; init; } =
        ["MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "BSD-3-Clause-Clear", "PSF-2.0", "Zlib", "Unlicense", "0BSD"];

    /// <summary>Index name (<c>pypi</c>, <c>conda</c>) to base URL; an empty URL turns that index off.</summary>
    public IReadOnlyDictionary<string, string> PackageIndexes { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["pypi"] = "https://pypi.org",
        ["conda"] = "https://api.anaconda.org",
    };

    public IReadOnlyList<LayoutFile> LayoutFiles { get; init; } =
    [
        new(15, "LICENSE", ["license", "licence", "copying"]),
        new(16, "README", ["readme"]),
        new(17, "CONTRIBUTING", ["contributing"], OwnerDefault: true),
        new(18, "CODEOWNERS", ["codeowners"], ExactName: true),
        new(19, "CODE_OF_CONDUCT", ["code_of_conduct", "code-of-conduct", "codeofconduct"], OwnerDefault: true),
    ];

    public LabelNames Labels { get; init; } = new();

    public Foundation Foundation { get; init; } = new();

    /// <summary>Null when the repository has no board.</summary>
    public BoardColumns? Columns { get; init; } = new();

    /// <summary>Without the white space around it: applicants and staff type titles, and this, by hand.</summary>
    public string TitlePrefix { get; init => field = value.Trim(); } = "[Ecosystem]";

    /// <summary>Where <paramref name="title"/> goes on after <see cref="TitlePrefix"/> (space before, case aside), or -1.</summary>
    public int TitlePrefixEnd(string title)
    {
        var start = title.Length - title.AsSpan().TrimStart().Length;
        return TitlePrefix.Length > 0 && title.AsSpan(start).StartsWith(TitlePrefix, StringComparison.OrdinalIgnoreCase)
            ? start + TitlePrefix.Length : -1;
    }

    /// <summary>The title without <see cref="TitlePrefix"/> or, when it lacks that, a leading <c>[tag]</c> like it.</summary>
    public string ProjectNameIn(string title)
    {
        var name = title.Trim();
        var start = TitlePrefixEnd(name) is var end and >= 0 ? end
            : name.StartsWith('[') ? name.IndexOf(']', StringComparison.Ordinal) + 1
            : 0;
        var rest = name[start..].Trim();
        // Typed into the placeholder of a link to the form, which left its brackets and the link's query around it
        // ("<TorchRender>?assignees=&labels=New"): the name is what stands between the brackets.
        return rest.StartsWith('<') && rest.IndexOf(">?", StringComparison.Ordinal) is var close and > 1 ? rest[1..close].Trim() : rest;
    }

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
