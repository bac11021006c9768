using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;
using Ecosystem.GitHub.Models;

namespace Ecosystem.GitHub.Comments;

/// <summary>
/// Keeps one comment per purpose on an issue: finds the automation's own comment by its hidden
/// marker (and only if the automation wrote it: a marker typed by a user is not trusted), leaves an
/// identical one alone, edits a different one in place, and creates one only when there is none.
/// </summary>
public sealed class CommentUpserter(IGitHubGateway gateway)
{
    /// <summary>The write made, or null when the comment was already as wanted.</summary>
    public async Task<PlannedWrite?> UpsertAsync(int issueNumber, IReadOnlyList<CommentSnapshot> comments, CommentUpsert upsert)
    {
        var body = HiddenMarker.PurposeOf(upsert.Body) == upsert.Purpose ? upsert.Body : HiddenMarker.Stamp(upsert.Purpose, upsert.Body);
        var own = await FindOwnAsync(comments, upsert.Purpose);
        if (own is null && upsert.EditOnly)
        {
            return null;
        }

        if (own is null)
        {
            await gateway.CreateCommentAsync(issueNumber, body);
            return WriteDescriptions.CreateComment(issueNumber, body);
        }

        if (Normalise(own.Body) == Normalise(body))
        {
            return null;
        }

        await gateway.UpdateCommentAsync(issueNumber, own.Id, body);
        return WriteDescriptions.EditComment(issueNumber, own.Id, body);
    }

    /// <summary>The automation's oldest comment for <paramref name="purpose"/>, or null.</summary>
    public async Task<CommentSnapshot?> FindOwnAsync(IReadOnlyList<CommentSnapshot> comments, string purpose)
    {
        var login = await gateway.GetViewerLoginAsync();
        return comments
            .Where(c => AutomationLogin.IsSame(c.Author, login) && HiddenMarker.PurposeOf(c.Body) == purpose)
            .OrderBy(c => c.CreatedAt)
            .ThenBy(c => c.Id)
            .FirstOrDefault();
    }

    // GitHub may hand back CRLF line endings or drop a trailing newline; neither is a change worth an edit.
    private static string Normalise(string body) => body.ReplaceLineEndings("\n").TrimEnd();
}
