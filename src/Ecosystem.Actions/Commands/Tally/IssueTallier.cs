using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Voting;
using Ecosystem.GitHub;
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
        if (issue.IsPullRequest)
        {
            // Reached by number (dispatch, --issue): GitHub serves pull requests on its issue routes too.
            return $"#{issue.Number} is a pull request, not an application";
        }

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
        // The gateway spells the automation's own comments (recognised by account id) as people.Automation.Login.
        var automation = people.Automation.Login;
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
        var writes = new List<PlannedWrite>(await applier.ApplyAsync(issue, comments, result.Plan));
        if (result.MoveToDone && await doneColumn.MoveAsync(issue.Number) is { } move)
        {
            writes.Add(move);
        }

        return new IssueTally(issue, result, writes, null);
    }

    // Only the automation's own review-session comment is trusted: anyone could type the hidden line.
    private static DateOnly? SessionDate(IReadOnlyList<CommentSnapshot> comments, string automation) =>
        comments
            .Where(c => string.Equals(c.Author, automation, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => ReviewSessionNotice.SessionDateIn(c.Body))
            .FirstOrDefault(date => date is not null);
}
