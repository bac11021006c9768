namespace Ecosystem.Domain.Issues;

/// <summary>
/// An issue the automation opens or keeps (a session's agenda, a periodic review, an onboarding checklist): opened when
/// there is none, else its title and body made to read so and its labels added.
/// </summary>
public sealed record IssueDraft(string Title, string Body)
{
    /// <summary>The issue it rewrites, when the rule knows it; null opens one (or the host finds the one it keeps).</summary>
    public int? Number { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Logins to assign a new issue to (e.g. staff for an onboarding issue).</summary>
    public IReadOnlyList<string> Assignees { get; init; } = [];
}
