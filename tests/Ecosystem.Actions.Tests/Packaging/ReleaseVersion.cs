using System.Text.RegularExpressions;

namespace Ecosystem.Actions.Tests.Packaging;

/// <summary>The release version the repository declares: <c>Version</c> in Directory.Build.props.</summary>
internal static partial class ReleaseVersion
{
    public static string Declared { get; } =
        VersionElement().Match(File.ReadAllText(RepositoryRoot.File("Directory.Build.props"))) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("Directory.Build.props declares no <Version>.");

    [GeneratedRegex(@"<Version>([^<]+)</Version>")]
    private static partial Regex VersionElement();
}
