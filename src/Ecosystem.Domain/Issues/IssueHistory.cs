using Ecosystem.Domain.Guardians;

namespace Ecosystem.Domain.Issues;

/// <summary>An issue as a whole-repository read gives it: with all its comments and label events, oldest first.</summary>
public sealed record IssueHistory(
    IssueSnapshot Issue,
    IReadOnlyList<CommentSnapshot> Comments,
    IReadOnlyList<LabelEvent> LabelEvents)
{
    /// <summary>Whether the issue carries, or once carried, any of <paramref name="labels"/>.</summary>
    public bool EverHad(IReadOnlyList<string> labels) =>
        labels.Any(label => Issue.HasLabel(label) || LabelEvents.Any(e => LabelNames.Same(e.Label, label)));
}
