using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Guardians;

/// <summary>Facts read from one application thread, and the plan's labels and comments, that several guardians and the tally need.</summary>
internal static class ApplicationThread
{
    /// <summary>An @mention of the application's author, or "Applicant" when the author is no login or a deleted account.</summary>
    public static string Applicant(IssueSnapshot issue) =>
        GitHubHandle.Normalise(issue.Author) is { } bare && !GitHubHandle.IsDeleted(bare) ? "@" + bare : "Applicant";

    /// <summary>
    /// The issue author or one of the application's maintainers (logins as the form reader gives them), writing as a person;
    /// never a deleted account, which reads the same as any other deleted account, the author's too.
    /// </summary>
    public static bool IsApplicant(IssueSnapshot issue, IReadOnlyCollection<string> maintainers, CommentSnapshot comment, TrustedPeople people)
    {
        if (people.IsBot(comment) || GitHubHandle.IsDeleted(comment.Author))
        {
            return false;
        }

        return GitHubHandle.Same(comment.Author, issue.Author) || maintainers.Contains(comment.Author, GitHubHandle.Comparer);
    }

    /// <summary>
    /// The comment of <paramref name="purpose"/>, rendered from the template of that name, unless it is posted already as it
    /// would be (<see cref="OwnComments.Unposted"/>: twins are upserted, which deletes all but the kept one).
    /// </summary>
    public static IReadOnlyList<CommentUpsert> Unposted(
        IReadOnlyList<CommentSnapshot> comments, TrustedPeople people, string purpose, params (string Key, object? Value)[] values) =>
        Unposted(comments, people, new CommentUpsert(purpose, Render(purpose, values)));

    /// <summary><paramref name="upsert"/>, unless it would write nothing (see above).</summary>
    public static IReadOnlyList<CommentUpsert> Unposted(IReadOnlyList<CommentSnapshot> comments, TrustedPeople people, CommentUpsert upsert) =>
        OwnComments.Of(comments, people.Automation, upsert.Purpose).Unposted(upsert);

    /// <summary>
    /// The purpose of a wait's comment of <paramref name="purpose"/> (a reminder, the close, the applicant's answer told): its
    /// own, naming when the wait began (<paramref name="since"/>), once the automation posted one in an earlier wait (editing
    /// that one would notify nobody); else the purpose itself.
    /// </summary>
    public static string OfThisWait(IReadOnlyList<CommentSnapshot> comments, TrustedPeople people, string purpose, DateTimeOffset since) =>
        OwnComments.Of(comments, people.Automation, purpose).Kept?.CreatedAt < since
            ? HiddenMarker.OfRound(purpose, since)
            : purpose;

    /// <summary>
    /// The comment of <paramref name="purpose"/> of the wait begun at <paramref name="since"/> (<see cref="OfThisWait"/>), unless
    /// it is posted already.
    /// </summary>
    public static IReadOnlyList<CommentUpsert> UnpostedOfThisWait(IReadOnlyList<CommentSnapshot> comments, TrustedPeople people, string purpose,
        DateTimeOffset since, params (string Key, object? Value)[] values) =>
        Unposted(comments, people, new CommentUpsert(OfThisWait(comments, people, purpose, since), Render(purpose, values)));

    public static IReadOnlyList<string> IfMissing(IssueSnapshot issue, string label) => issue.HasLabel(label) ? [] : [label];

    public static IReadOnlyList<string> IfPresent(IssueSnapshot issue, params string[] labels) =>
        issue.Labels.Where(l => labels.Contains(l, LabelNames.Comparer)).ToList();

    public static string Render(string template, params (string Key, object? Value)[] values) =>
        Template.Load(template).Render(Template.Record(values)).TrimEnd('\n');
}
