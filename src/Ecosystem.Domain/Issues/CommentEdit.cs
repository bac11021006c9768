namespace Ecosystem.Domain.Issues;

/// <summary>One revision in a comment's edit history (GraphQL <c>userContentEdits</c>).</summary>
/// <param name="EditedAt">When this revision was written.</param>
/// <param name="Text">The comment's whole text in this revision (GitHub's <c>diff</c>); null when its author deleted it from the history.</param>
public sealed record CommentEdit(DateTimeOffset EditedAt, string? Text);
