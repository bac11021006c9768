using System.Diagnostics.CodeAnalysis;
using Ecosystem.Domain;

namespace Ecosystem.Actions.Configuration;

/// <summary>Either the bound options or every problem found, never both (<see cref="EcosystemConfiguration.Load"/> makes
/// it so), and the configuration file as messages name it: its path in the workspace, or in full when it lies outside.</summary>
public sealed record ConfigurationLoadResult(EcosystemOptions? Options, IReadOnlyList<ConfigurationProblem> Problems, string DisplayPath)
{
    [MemberNotNullWhen(true, nameof(Options))]
    public bool Succeeded => Options is not null;

    /// <summary>The file an annotation names: GitHub places one by its path in the repository, which a file outside has not.</summary>
    public string? AnnotationFile => Path.IsPathRooted(DisplayPath) ? null : DisplayPath;
}
