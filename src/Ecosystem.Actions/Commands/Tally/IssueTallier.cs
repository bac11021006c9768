using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Voting;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Comments;
using Ecosystem.GitHub.Models;
using Ecosystem.GitHub.Plans;

namespace Ecosystem.Actions.Commands.Tally;

/// <summary>
/// Tallies one application: reads all its comments, replays them with <see cref="VoteTally"/>, applies only the
/// difference to labels, comments and state, and moves the board item to done once the vote closed.
/// </summary>
public sealed class IssueTallier(
    IGitHubGateway gateway,
    IssuePlanApplier applier,
    ApplicationReader reader,
    VoteTally tally,
    People people,
    DoneColumn doneColumn)
{
    /// <summary>Why <paramref name="issue"/> is not an application (then it is left alone), or null when it is one.</summary>
    public static string? WhyNotAnApplication(IssueSnapshot issue, ApplicationReader reader)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Read(issue).Kind == ApplicationKind.NotAnApplication
            ? $"#{issue.Number} is not an application (no application form in its body, no application title or label)"
            : null;
    }

    public async Task<IssueTally> RunAsync(IssueSnapshot issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (WhyNotAnApplication(issue, reader) is { } notApplication)
        {
            return IssueTally.Skip(issue, notApplication);
        }

        var comments = await gateway.GetCommentsAsync(issue.Number);
        // REST names an app's comments "name[bot]" where GraphQL's viewer says "name": use the spelling of the comments.
        var automation = comments.FirstOrDefault(c => AutomationLogin.IsSame(c.Author, people.Automation))?.Author ?? people.Automation;
        var input = new TallyInput(
            issue,
            comments,
            people.WorkingGroup,
            people.Staff,
            automation,
            new HashSet<string>(reader.Read(issue).MaintainerHandles, StringComparer.OrdinalIgnoreCase))
        {
            SessionDate = SessionDate(comments, automation),
        };

        var result = tally.Run(input);
        if (result.Window?.ClosedAt is { } closedAt && comments.Where(c => EditedSince(c, closedAt, automation)).ToList() is { Count: > 0 } edited)
        {
            // A ballot counts as it stood at the close: read the history of the comments edited since, and tally again.
            var histories = (await gateway.WithEditHistoryAsync(edited)).ToDictionary(c => c.Id);
            comments = [.. comments.Select(c => histories.GetValueOrDefault(c.Id) ?? c)];
            result = tally.Run(input with { Comments = comments });
        }

        var writes = new List<PlannedWrite>(await applier.ApplyAsync(issue, comments, result.Plan));
        if (result.MoveToDone && await doneColumn.MoveAsync(issue.Number) is { } move)
        {
            writes.Add(move);
        }

        return new IssueTally(issue, result, writes, null);
    }

    private static bool EditedSince(CommentSnapshot comment, DateTimeOffset closedAt, string automation) =>
        comment.CreatedAt <= closedAt && comment.UpdatedAt > closedAt && comment.Edits.Count == 0
        && !string.Equals(comment.Author, automation, StringComparison.OrdinalIgnoreCase);

    // Only the automation's own review-session comment is trusted: anyone could type the hidden line.
    private static DateOnly? SessionDate(IReadOnlyList<CommentSnapshot> comments, string automation) =>
        comments
            .Where(c => string.Equals(c.Author, automation, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => ReviewSessionNotice.SessionDateIn(c.Body))
            .FirstOrDefault(date => date is not null);
}
