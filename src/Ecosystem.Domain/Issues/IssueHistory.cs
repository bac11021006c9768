using Ecosystem.Domain.Guardians;

namespace Ecosystem.Domain.Issues;

/// <summary>
/// An issue with everything a whole-repository read gives at once: the issue, whether its author is an app, its
/// assignees, all its comments (oldest first) and its label events (oldest first).
/// </summary>
public sealed record IssueHistory(
    IssueSnapshot Issue,
    bool AuthorIsBot,
    IReadOnlyList<string> Assignees,
    IReadOnlyList<CommentSnapshot> Comments,
    IReadOnlyList<LabelEvent> LabelEvents);
