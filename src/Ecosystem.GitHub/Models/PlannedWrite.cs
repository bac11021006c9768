using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;

namespace Ecosystem.GitHub.Models;

/// <summary>One write to GitHub, described in a line for people (dry-run output, run summaries), by the applier and the dry-run recorder alike.</summary>
public sealed record PlannedWrite(string Description)
{
    public override string ToString() => Description;

    public static PlannedWrite AddLabels(int issueNumber, IEnumerable<string> labels) =>
        new($"add labels [{string.Join(", ", labels)}] to #{issueNumber}");

    public static PlannedWrite RemoveLabel(int issueNumber, string label) =>
        new($"remove label [{label}] from #{issueNumber}");

    public static PlannedWrite AddAssignees(int issueNumber, IEnumerable<string> logins) =>
        new($"assign #{issueNumber} to [{string.Join(", ", logins)}]");

    public static PlannedWrite RemoveAssignees(int issueNumber, IEnumerable<string> logins) =>
        new($"unassign [{string.Join(", ", logins)}] from #{issueNumber}");

    public static PlannedWrite CreateComment(int issueNumber, string body) =>
        new($"create comment on #{issueNumber} ({PurposeOf(body)})");

    public static PlannedWrite EditComment(int issueNumber, long commentId, string body) =>
        new($"edit comment {commentId} on #{issueNumber} ({PurposeOf(body)})");

    public static PlannedWrite DeleteComment(int issueNumber, long commentId) =>
        new($"delete duplicate comment {commentId} on #{issueNumber}");

    public static PlannedWrite CreateIssue(IssueDraft issue) =>
        new($"create issue \"{issue.Title}\"" + (issue.Labels.Count == 0 ? string.Empty : $" with labels [{string.Join(", ", issue.Labels)}]")
            + (issue.Assignees.Count == 0 ? string.Empty : $" assigned to [{string.Join(", ", issue.Assignees)}]"));

    public static PlannedWrite EditIssue(int issueNumber, IssueEdit edit)
    {
        var parts = Present(edit.Title is null ? null : $"title \"{edit.Title}\"", edit.Body is null ? null : "body");
        var action = edit.State switch
        {
            { Open: true } => $"reopen #{issueNumber}",
            { Open: false, StateReason: { } reason } => $"close #{issueNumber} as {reason}",
            { Open: false } => $"close #{issueNumber}",
            null => $"edit #{issueNumber}",
        };
        return new(parts.Length == 0 ? action : $"{action} ({parts})");
    }

    public static PlannedWrite MoveOnBoard(ProjectBoard board, BoardItem move) =>
        new($"board \"{board.Title}\": " + Present(
                move.ItemId is null ? "add" : null,
                move.Archived ? "unarchive" : null,
                move.Status is null ? null : $"set Status to {move.Status}",
                move.Date is { } date ? "set date to " + SessionText.Date(date) : null)
            + $" for #{move.IssueNumber}");

    private static string Present(params string?[] parts) => string.Join(", ", parts.OfType<string>());

    private static string PurposeOf(string body) => HiddenMarker.PurposeOf(body) ?? "no marker";
}
