using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Guardians;

/// <summary>The latest issue titled <see cref="PeriodicRecheck.TitleFor"/> for one project, open or closed, with its comments.</summary>
public sealed record PeriodicReviewIssue(IssueSnapshot Issue, IReadOnlyList<CommentSnapshot> Comments);
