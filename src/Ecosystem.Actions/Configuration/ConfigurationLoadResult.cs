using System.Diagnostics.CodeAnalysis;
using Ecosystem.Domain;

namespace Ecosystem.Actions.Configuration;

/// <summary>Either the bound options or every problem found, never both (<see cref="EcosystemConfiguration.Load"/> makes
/// it so), and the configuration file as messages name it: its path in the workspace, or in full when it lies outside.
/// <paramref name="WithoutFile"/>: there is no file at the default path (the defaults apply), so any problem lies in a
/// value from elsewhere (an environment variable, <c>--set</c>).</summary>
public sealed record ConfigurationLoadResult(
    EcosystemOptions? Options, IReadOnlyList<ConfigurationProblem> Problems, string DisplayPath, bool WithoutFile)
{
    [MemberNotNullWhen(true, nameof(Options))]
    public bool Succeeded => Options is not null;

    /// <summary>The file an annotation names, in full outside the workspace: a terminal shows it; GitHub (placing by repo path) not.</summary>
    public string? AnnotationFile => WithoutFile ? null : DisplayPath;

    /// <summary>Whether <paramref name="problem"/> is in the file (at a line, or the file as a whole), not a variable's or an override's.</summary>
    public bool InFile(ConfigurationProblem problem) => !WithoutFile && (problem.Line is not null || problem.KeyPath.Length == 0);

    /// <summary>What to fix, as the last error says it: the file, or the values each problem names when none is in the file.</summary>
    public string ToFix => Problems.Any(InFile) ? DisplayPath : "the values named above";
}
