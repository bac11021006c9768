using System.Diagnostics.CodeAnalysis;

namespace Ecosystem.Actions.Configuration;

/// <summary>Either the bound options or every problem found, never both.</summary>
public sealed record ConfigurationLoadResult
{
    private ConfigurationLoadResult(EcosystemOptions? options, IReadOnlyList<ConfigurationProblem> problems, string? filePath)
    {
        Options = options;
        Problems = problems;
        FilePath = filePath;
    }

    public EcosystemOptions? Options { get; }

    public IReadOnlyList<ConfigurationProblem> Problems { get; }

    /// <summary>The configuration file that was read, or null when none was (defaults apply).</summary>
    public string? FilePath { get; }

    [MemberNotNullWhen(true, nameof(Options))]
    public bool Succeeded => Options is not null;

    public static ConfigurationLoadResult Success(EcosystemOptions options, string? filePath) => new(options, [], filePath);

    public static ConfigurationLoadResult Failure(IReadOnlyList<ConfigurationProblem> problems, string? filePath) =>
        problems.Count == 0
            ? throw new ArgumentException("A failed load needs at least one problem.", nameof(problems))
            : new(null, problems, filePath);
}
