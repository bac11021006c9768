using Ecosystem.Actions.Commands.Outcomes;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Voting;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands.Tally;

/// <summary>
/// Tallies one application: reads all its comments, replays them with <see cref="VoteTally"/>, applies only the
/// difference to labels, comments, state and the board item (done once the vote closed). When staff closed
/// the vote with an outcome of their own (<c>/vote close too-early …</c>), that outcome's effects are planned with it.
/// </summary>
public sealed class IssueTallier(
    GitHubSession session,
    ApplicationReader reader,
    VoteTally tally,
    TrustedPeople people,
    OutcomeEffects outcomes,
    OnboardingOpener? onboarding = null)
{
    private readonly HashSet<string> _workingGroup = new(people.WorkingGroup, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _staff = new(people.Staff, StringComparer.OrdinalIgnoreCase);

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

    /// <param name="issue">The application.</param>
    /// <param name="read">Its comments when already read with it (a nightly run reads them by the page); else they are read here.</param>
    public async Task<IssueTally> RunAsync(IssueSnapshot issue, IReadOnlyList<CommentSnapshot>? read = null)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (WhyNotAnApplication(issue, reader) is { } notApplication)
        {
            return IssueTally.Skip(issue, notApplication);
        }

        var gateway = session.Gateway;
        var comments = read ?? await gateway.GetCommentsAsync(issue.Number);
        // The gateway spells the automation's own comments (recognised by account id) as people.Automation.
        var automation = people.Automation;
        var input = new TallyInput(
            issue,
            comments,
            _workingGroup,
            _staff,
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
            input = input with { Comments = comments };
            result = tally.Run(input);
        }

        var writes = new List<PlannedWrite>();
        if (result.Outcome == VoteOutcome.Approved && onboarding is not null)
        {
            // Named by the outcome comment once written; until then looked up or opened, and the tally redone to name it.
            var named = OwnOutcome(comments, automation) is { } outcome ? OnboardingIssue.NumberIn(outcome.Body) : null;
            var (number, opened) = named is { } known ? (known, null) : await onboarding.FindOrOpenAsync(issue);
            if (opened is not null)
            {
                writes.Add(opened);
            }

            if (number is not null)
            {
                result = tally.Run(input with { OnboardingIssue = number });
            }
        }

        var plan = result.Plan;
        if (result.StaffDecision is { } decision)
        {
            var effects = result.Outcome == VoteOutcome.CommunityHighlight
                ? await outcomes.CommunityHighlightAsync(issue, decision, comments)
                : outcomes.Outcomes.TooEarly(issue, decision, comments, []);
            plan = plan.With(effects.Plan);
        }

        writes.AddRange(await session.ApplyAsync(issue, comments, plan));
        return new IssueTally(issue, result, writes, null);
    }

    private static CommentSnapshot? OwnOutcome(IReadOnlyList<CommentSnapshot> comments, string automation) =>
        comments
            .Where(c => string.Equals(c.Author, automation, StringComparison.OrdinalIgnoreCase)
                && Domain.Text.HiddenMarker.PurposeOf(c.Body) == VoteTally.OutcomePurpose)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .FirstOrDefault();

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
