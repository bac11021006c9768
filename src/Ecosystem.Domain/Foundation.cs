namespace Ecosystem.Domain;

/// <summary>
/// The names applicants, maintainers and the Working Group read in the comments and issues the automation writes
/// (<c>foundation.name</c>, <c>foundation.ecosystem</c>), and the software its projects build on (<c>foundation.software</c>),
/// which the review criteria and the default onboarding tasks name, so that another foundation adopting the process is named as itself.
/// </summary>
public sealed record Foundation(string Name = "PyTorch Foundation", string Ecosystem = "PyTorch Ecosystem", string Software = "PyTorch")
{
    /// <summary>The names as template values: <c>{{ foundation }}</c> and <c>{{ ecosystem }}</c>.</summary>
    public (string Key, object? Value)[] Values => [("foundation", Name), ("ecosystem", Ecosystem)];

    /// <summary>What is wrong with a configured name, or null: the comments print it within a sentence.</summary>
    public static string? Check(string text) =>
        text.Trim().Length == 0 ? "is empty; the comments name it, such as \"PyTorch Foundation\" or \"PyTorch Ecosystem\""
            : text.Contains('\n', StringComparison.Ordinal) ? "is on more than one line; the comments print it within a sentence" : null;
}
