using System.Diagnostics.CodeAnalysis;
using Ecosystem.Domain;

namespace Ecosystem.Actions.Configuration;

/// <summary>Either the bound options or every problem found, never both (<see cref="EcosystemConfiguration.Load"/> makes
/// it so), and the configuration file that was read, or null when none was (defaults apply).</summary>
public sealed record ConfigurationLoadResult(EcosystemOptions? Options, IReadOnlyList<ConfigurationProblem> Problems, string? FilePath)
{
    [MemberNotNullWhen(true, nameof(Options))]
    public bool Succeeded => Options is not null;
}
