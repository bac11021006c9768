namespace Ecosystem.TestServer.State;

/// <summary>One <c>UserContentEdit</c> of a comment: when, by whom, and the whole text of that revision (GitHub's <c>diff</c>).</summary>
public sealed record CommentRevision(int Sequence, DateTimeOffset EditedAt, string Text, string Editor);
