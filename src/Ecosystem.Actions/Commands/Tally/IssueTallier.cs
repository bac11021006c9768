using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Voting;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands.Tally;

/// <summary>
/// Tallies one application: reads all its comments, replays them with <see cref="VoteTally"/>, applies only the
/// difference to labels, comments, state and the board item (done once the vote closed). When staff closed
/// the vote with an outcome of their own (<c>/vote close too-early …</c>), that outcome's effects are planned with it.
/// An accepted application gets an onboarding issue when the onboarding checklist is not empty.
/// </summary>
public sealed class IssueTallier(
    GitHubSession session,
    ApplicationReader reader,
    VoteTally tally,
    TrustedPeople people,
    DecisionOutcomes outcomes,
    IReadOnlyList<string> checklist)
{
    private IReadOnlyList<IssueSnapshot>? _openIssues;

    /// <summary>Why <paramref name="issue"/> is not an application (then it is left alone), or null when it is one.</summary>
    public static string? WhyNotAnApplication(IssueSnapshot issue, ApplicationReader reader)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(reader);
        if (issue.IsPullRequest)
        {
            // GitHub serves pull requests on its issue routes too.
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
            return new IssueTally(issue, null, [], notApplication);
        }

        var gateway = session.Gateway;
        // The gateway spells the automation's own comments (recognised by account id) as people.Automation.
        var input = new TallyInput(
            issue, read ?? await gateway.GetCommentsAsync(issue.Number), people.WorkingGroup, people.Staff, people.Automation, reader.Read(issue).MaintainerHandles);

        var result = tally.Run(input);
        if (input.EditedSince(result.Window?.ClosedAt) is { Count: > 0 } edited)
        {
            // A ballot counts as it stood at the close: read the history of the comments edited since, and tally again.
            var histories = (await gateway.WithEditHistoryAsync(edited)).ToDictionary(c => c.Id);
            input = input with { Comments = [.. input.Comments.Select(c => histories.GetValueOrDefault(c.Id) ?? c)] };
            result = tally.Run(input);
        }

        var writes = new List<PlannedWrite>();
        if (result.Outcome == VoteOutcome.Approved && checklist.Count > 0)
        {
            // Named by the outcome comment once written; until then looked up or opened, and the tally redone to name it.
            var named = input.OwnComment(VoteTally.OutcomePurpose) is { } outcome ? OnboardingIssue.NumberIn(outcome.Body) : null;
            if ((named ?? await FindOrOpenOnboardingAsync(issue, writes)) is { } number)
            {
                result = tally.Run(input with { OnboardingIssue = number });
            }
        }

        var plan = result.Plan;
        if (result.StaffDecision is { } decision)
        {
            var effects = result.Outcome == VoteOutcome.CommunityHighlight
                ? await session.CommunityHighlightAsync(outcomes, issue, decision, input.Comments)
                : outcomes.TooEarly(issue, decision, input.Comments, []);
            plan = plan.With(effects.Plan);
        }

        writes.AddRange(await session.ApplyAsync(issue, input.Comments, plan));
        return new IssueTally(issue, result, writes, null);
    }

    /// <summary>
    /// The staff onboarding issue of an accepted application, opened once: one the automation already opened for it
    /// (found by its hidden application line among the open issues, read only on the run that needs it) is reused, so a
    /// run that failed after opening it and before writing the outcome comment does not open a second one. Null in a
    /// dry run that would open it.
    /// </summary>
    private async Task<int?> FindOrOpenOnboardingAsync(IssueSnapshot application, List<PlannedWrite> writes)
    {
        var gateway = session.Gateway;
        _openIssues ??= await gateway.GetIssuesAsync(IssueStateFilter.Open, []);
        var automation = await gateway.GetAutomationAsync();
        if (_openIssues.Where(i => automation.Opened(i) && OnboardingIssue.ApplicationOf(i.Body) == application.Number).MinBy(i => i.Number) is { } existing)
        {
            return existing.Number;
        }

        var (title, body) = OnboardingIssue.Draft(application, checklist);
        var request = new IssueDraft(title, body) { Assignees = [.. people.Staff.Order(StringComparer.OrdinalIgnoreCase)] };
        var (created, opened) = await session.Applier.WriteIssueAsync(null, request);
        writes.AddRange(opened);
        return created.Number > 0 ? created.Number : null;
    }
}
