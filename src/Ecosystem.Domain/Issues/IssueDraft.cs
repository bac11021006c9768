namespace Ecosystem.Domain.Issues;

/// <summary>An issue the automation keeps (an agenda, a periodic review, an onboarding checklist): opened, or rewritten to read so.</summary>
public sealed record IssueDraft(string Title, string Body)
{
    /// <summary>The issue it rewrites, when the rule knows it; null opens one (or the host finds the one it keeps).</summary>
    public int? Number { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Logins to assign a new issue to (e.g. staff for an onboarding issue).</summary>
    public IReadOnlyList<string> Assignees { get; init; } = [];
}
