using System.Diagnostics.CodeAnalysis;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Guardians;

/// <summary>An entry of <c>housekeeping.recheck-projects</c>: an issue (<c>#42</c>) or its repository (<c>owner/repo</c>).</summary>
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
