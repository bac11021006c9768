using Ecosystem.GitHub.Identity;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;
using Ecosystem.GitHub.Models;
using Ecosystem.GitHub.Plans;

namespace Ecosystem.GitHub.Comments;

/// <summary>
/// Keeps one comment per purpose on an issue: finds the automation's own comment by its hidden
/// marker (and only if the automation wrote it: a marker typed by a user is not trusted), leaves an
/// identical one alone, edits a different one in place, and creates one only when there is none.
/// Two of its own comments for one purpose (two runs at once, or a create whose answer was lost) are
/// one too many: the first is kept and the others are deleted, so any later run converges.
/// </summary>
public sealed class CommentUpserter(IGitHubGateway gateway)
{
    /// <summary>The writes made, empty when the comment was already as wanted.</summary>
    public async Task<IReadOnlyList<PlannedWrite>> UpsertAsync(int issueNumber, IReadOnlyList<CommentSnapshot> comments, CommentUpsert upsert)
    {
        var body = HiddenMarker.PurposeOf(upsert.Body) == upsert.Purpose ? upsert.Body : HiddenMarker.Stamp(upsert.Purpose, upsert.Body);
        var own = Own(comments, upsert.Purpose, await gateway.GetAutomationAsync());
        if (own.Count == 0 && upsert.EditOnly)
        {
            return [];
        }

        if (own.Count == 0)
        {
            await gateway.CreateCommentAsync(issueNumber, body);
            return [WriteDescriptions.CreateComment(issueNumber, body)];
        }

        var writes = new List<PlannedWrite>();
        foreach (var duplicate in own.Skip(1))
        {
            await gateway.DeleteCommentAsync(issueNumber, duplicate.Id);
            writes.Add(WriteDescriptions.DeleteComment(issueNumber, duplicate.Id));
        }

        if (!SameText.As(own[0].Body, body))
        {
            await gateway.UpdateCommentAsync(issueNumber, own[0].Id, body);
            writes.Add(WriteDescriptions.EditComment(issueNumber, own[0].Id, body));
        }

        return writes;
    }

    /// <summary>The comments <paramref name="automation"/> wrote for <paramref name="purpose"/>, oldest first (the first is the one kept).</summary>
    public static IReadOnlyList<CommentSnapshot> Own(IReadOnlyList<CommentSnapshot> comments, string purpose, AutomationAccount automation) =>
        [.. comments
            .Where(c => automation.Wrote(c) && HiddenMarker.PurposeOf(c.Body) == purpose)
            .OrderBy(c => c.CreatedAt)
            .ThenBy(c => c.Id)];
}
