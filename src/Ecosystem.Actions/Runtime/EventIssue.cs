namespace Ecosystem.Actions.Runtime;

/// <summary>The <c>issue</c> of an <c>issues</c> or <c>issue_comment</c> payload.</summary>
public sealed record EventIssue(
    int Number,
    string Title,
    string Body,
    EventActor Author,
    IReadOnlyList<string> Labels,
    string State,
    bool IsPullRequest);
