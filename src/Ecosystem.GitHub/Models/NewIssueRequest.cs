namespace Ecosystem.GitHub.Models;

/// <summary>An issue the automation opens (e.g. a review-session tracking issue).</summary>
public sealed record NewIssueRequest(string Title, string Body)
{
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Logins to assign the new issue to (e.g. staff for an onboarding issue).</summary>
    public IReadOnlyList<string> Assignees { get; init; } = [];
}
