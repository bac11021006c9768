using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Guardians;

/// <summary>Facts of one application thread, and plan pieces, that several guardians and the tally need.</summary>
internal static class ApplicationThread
{
    /// <summary>An @mention of the author, or "Applicant" when the author is no login or a deleted account.</summary>
    public static string Applicant(IssueSnapshot issue) =>
        GitHubHandle.Normalise(issue.Author) is { } bare && !GitHubHandle.IsDeleted(bare) ? "@" + bare : "Applicant";

    /// <summary>A login shown without notifying its owner.</summary>
    public static string Inert(string login) => MarkdownText.Inline("@" + login, 100);

    /// <summary>The author or a listed maintainer as a person; never a deleted account, as all of those read alike.</summary>
    public static bool IsApplicant(IssueSnapshot issue, IReadOnlyCollection<string> maintainers, CommentSnapshot comment, TrustedPeople people) =>
        !people.IsBot(comment) && !GitHubHandle.IsDeleted(comment.Author)
        && (GitHubHandle.Same(comment.Author, issue.Author) || maintainers.Contains(comment.Author, GitHubHandle.Comparer));

    /// <summary>The template's comment, unless posted as it would be (<see cref="OwnComments.Unposted"/>: twins are upserted).</summary>
    public static IReadOnlyList<CommentUpsert> Unposted(
        IReadOnlyList<CommentSnapshot> comments, TrustedPeople people, string purpose, params (string Key, object? Value)[] values) =>
        Unposted(comments, people, new CommentUpsert(purpose, Render(purpose, values)));

    public static IReadOnlyList<CommentUpsert> Unposted(IReadOnlyList<CommentSnapshot> comments, TrustedPeople people, CommentUpsert upsert) =>
        OwnComments.Of(comments, people.Automation, upsert.Purpose).Unposted(upsert);

    /// <summary>The automation's comment of <paramref name="purpose"/> in the wait begun at <paramref name="since"/>, or null.</summary>
    public static CommentSnapshot? PostedInThisWait(
        IReadOnlyList<CommentSnapshot> comments, TrustedPeople people, string purpose, DateTimeOffset since) =>
        OwnComments.Of(comments, people.Automation, OfThisWait(comments, people, purpose, since)).Kept;

    /// <summary>A wait's own purpose once one was posted in an earlier wait (editing that would notify nobody).</summary>
    public static string OfThisWait(IReadOnlyList<CommentSnapshot> comments, TrustedPeople people, string purpose, DateTimeOffset since) =>
        OwnComments.Of(comments, people.Automation, purpose).Kept?.CreatedAt < since
            ? HiddenMarker.OfRound(purpose, since)
            : purpose;

    public static IReadOnlyList<CommentUpsert> UnpostedOfThisWait(IReadOnlyList<CommentSnapshot> comments, TrustedPeople people, string purpose,
        DateTimeOffset since, params (string Key, object? Value)[] values) =>
        Unposted(comments, people, new CommentUpsert(OfThisWait(comments, people, purpose, since), Render(purpose, values)));

    public static IReadOnlyList<string> IfMissing(IssueSnapshot issue, string label) => issue.HasLabel(label) ? [] : [label];

    public static IReadOnlyList<string> IfPresent(IssueSnapshot issue, params string[] labels) =>
        issue.Labels.Where(l => labels.Contains(l, LabelNames.Comparer)).ToList();

    public static string Render(string template, params (string Key, object? Value)[] values) =>
        Template.Load(template).Render(Template.Record(values)).TrimEnd('\n');
}
