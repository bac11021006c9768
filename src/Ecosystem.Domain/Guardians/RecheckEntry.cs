using System.Diagnostics.CodeAnalysis;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// One entry of <c>housekeeping.recheck-projects</c>, as written (<see cref="Text"/>): an application issue by its number
/// (<c>42</c> or <c>#42</c>), or a <see cref="Repository"/> (<c>owner/repo</c>, maybe with a clone URL's <c>.git</c>), whose
/// accepted application is meant.
/// </summary>
public sealed record RecheckEntry(string Text, int? IssueNumber, RepositoryReference? Repository)
{
    public static bool TryRead(string text, [NotNullWhen(true)] out RecheckEntry? entry, out string problem)
    {
        entry = Issues.IssueNumber.TryRead(text, out var number) ? new(text, number, null)
            : RepositoryReference.Read(RepositoryReference.WithoutGitSuffix(text)) is { } repository ? new(text, null, repository)
            : null;
        problem = entry is null ? $"`{text}` is neither an issue number (such as 42) nor a repository of the form owner/repo" : "";
        return entry is not null;
    }
}
