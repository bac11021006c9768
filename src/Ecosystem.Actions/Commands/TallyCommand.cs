using System.CommandLine;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Voting;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands;

/// <summary>
/// <c>tally</c>: runs on a comment (the event's issue), nightly (every application in voting, in review or returning, so
/// deadlines close votes) or by hand. Each run replays the issue's comments and writes only what differs.
/// </summary>
public sealed class TallyCommand : ICommand
{
    public string Name => "tally";

    public string Summary => "Count the Working Group's ballots on applications under review and report the tally.";

    public IReadOnlyList<Option<string>> Options { get; } =
        [
            new("--issue") { HelpName = "N|all", Description = "The application issue to tally, or all under review (input: issue)." },
        ];

    public async Task<int> RunAsync(CommandContext context)
    {
        var runtime = context.Runtime;
        var @event = context.Event;
        var selected = IssueSelector.Read(context.GetOption("issue"), @event)
            ?? (@event.EventName == "schedule" ? IssueSelector.All : throw new UsageException(
                $"The {@event.EventName} event names no issue: give {IssueSelector.OptionSource} an issue number or '{IssueSelector.AllValue}'."));
        // The comment whose creation, edit or deletion started the run, when the run is about its issue.
        var comment = @event.EventName == "issue_comment" && @event.Payload.Issue is { } about && about.Number == selected.Number ? @event.Payload.Comment : null;
        var eventIssue = comment is null ? null : @event.Payload.Issue;
        if (comment is not null && eventIssue is { IsPullRequest: false } && IssueTally.CannotChange(comment, @event.Payload.Action))
        {
            // The most frequent run of all: decided from the payload alone, before the issue form is read.
            runtime.Info($"The new comment {comment.Id} on #{eventIssue.Number} has no /vote command; nothing to tally.");
            return ExitCodes.Success;
        }

        var configuration = context.Configuration;
        var reader = new ApplicationReader(ApplicationFormFile.Load(context), context.IntakeRules);
        if (eventIssue is not null && IssueTally.WhyNotTallied(reader.Read(eventIssue)) is { } reason)
        {
            runtime.Info(reason + "; nothing to tally.");
            return ExitCodes.Success;
        }

        using var session = GitHubSession.Open(context);
        var gateway = session.Gateway;
        // The automation's own comment starts no tally (no loops), unless a person deleted it while it held the tally's
        // state: then the tally is written again from that state, not from today's Working Group.
        var own = comment is not null && (await gateway.GetAutomationAsync()).Wrote(comment) ? comment : null;
        var deleted = IssueTally.Deleted(comment, own is not null, @event.Payload.Action);
        if (own is not null && deleted is null)
        {
            runtime.Info($"Comment {own.Id} on #{selected.Number} was written by the automation itself; nothing to tally.");
            return ExitCodes.Success;
        }

        var people = await session.PeopleAsync();
        var tally = new VoteTally(configuration.Tally with { Calendar = configuration.Calendar }, context.Time);
        var outcomes = new DecisionOutcomes(configuration.Guardians, people);
        var checklist = configuration.Tally.OnboardingChecklist;
        IReadOnlyList<IssueSnapshot>? allIssues = null;

        // Nightly, the open applications with a label TallyRules.NightlyLabels names and work left (TalliedNightly), with their
        // comments, 100 a request.
        IReadOnlyList<(IssueSnapshot Issue, IssueHistory? History)> issues = selected.Number is { } number
            ? [(await gateway.GetIssueAsync(number), null)]
            : [.. (await gateway.GetIssueHistoriesAsync(IssueStateFilter.Open, configuration.Tally.NightlyLabels))
                .Where(h => configuration.Tally.TalliedNightly(h, people.Automation))
                .OrderBy(h => h.Issue.Number).Select(h => (h.Issue, (IssueHistory?)h))];

        var tallies = new List<IssueTally>();
        foreach (var (issue, history) in issues)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            // With 'all', one issue that cannot be tallied must not keep the others from being tallied.
            if (await session.OrFailAsync($"#{issue.Number} could not be tallied", () => TallyIssueAsync(issue, history)) is { } issueTally)
            {
                tallies.Add(issueTally);
                runtime.Info(issueTally.LogLine);
            }
        }

        foreach (var (name, value) in IssueTally.Outputs(tallies))
        {
            runtime.SetOutput(name, value);
        }

        runtime.Summary.AddMarkdown(IssueTally.Summary(tallies, context.DryRun), addEol: false);
        return session.Finish();

        // Replays the issue's comments (read with it nightly, with its closures; else read here, and a reopened issue's closures)
        // and applies only the difference to labels, comments, state and the board item (done once the vote closed). When staff
        // closed the vote with an outcome of their own (/vote close too-early …), that outcome's effects are planned with it.
        async Task<IssueTally> TallyIssueAsync(IssueSnapshot issue, IssueHistory? read)
        {
            var application = reader.Read(issue);
            if (IssueTally.WhyNotTallied(application) is { } notApplication)
            {
                return new IssueTally(issue, null, [], notApplication);
            }

            var input = new TallyInput(issue, read?.Comments ?? await gateway.GetCommentsAsync(issue.Number), people, application.MaintainerHandles,
                deleted) { StateEvents = read?.StateEvents ?? (issue.Reopened ? await gateway.GetStateEventsAsync(issue.Number) : []) };
            var result = tally.Run(input);
            if (input.HistoryNeeded(result.Window) is { Count: > 0 } edited)
            {
                // A ballot counts as it stood at the close, a tally comment edited by hand keeps its state in its history:
                // read the history of those comments, and tally again.
                var histories = (await gateway.WithEditHistoryAsync(edited)).ToDictionary(c => c.Id);
                input = input with { Comments = [.. input.Comments.Select(c => histories.GetValueOrDefault(c.Id) ?? c)] };
                result = tally.Run(input);
            }

            var writes = new List<PlannedWrite>();
            if (result.Outcome == VoteOutcome.Approved && checklist.Count > 0)
            {
                // Named by the outcome comment once written; until then looked up or opened, and the tally redone to name it.
                var named = input.PublishedOutcome() is { } outcome ? OnboardingIssue.NumberIn(outcome.Body) : null;
                if ((named ?? await FindOrOpenOnboardingAsync(issue, writes)) is { } onboarding)
                {
                    result = tally.Run(input with { OnboardingIssue = onboarding });
                }
            }

            var plan = result.Plan;
            if (result.StaffDecision is { } decision)
            {
                var effects = result.Outcome == VoteOutcome.CommunityHighlight
                    ? await session.CommunityHighlightAsync(outcomes, issue, decision, input.Comments)
                    : outcomes.TooEarly(issue, decision, input.Comments, read?.LabelEvents ?? await gateway.GetLabelEventsAsync(issue.Number));
                plan = plan.With(effects.Plan);
            }

            writes.AddRange(await session.Applier.ApplyAsync(issue, input.Comments, plan));
            return new IssueTally(issue, result, [.. writes.Select(w => w.Description)], null);
        }

        // The staff onboarding issue of an accepted application, opened once: one the automation already opened for it
        // (found by its hidden application line among the issues, read only on the run that needs it; closed, once done) is
        // reused, so a run that failed after opening it and before writing the outcome comment does not open a second one,
        // nor does the nightly run opening it at the same moment. Null in a dry run that would open it.
        async Task<int?> FindOrOpenOnboardingAsync(IssueSnapshot application, List<PlannedWrite> writes)
        {
            allIssues ??= await gateway.GetIssuesAsync(IssueStateFilter.All);
            var draft = OnboardingIssue.Draft(application, configuration.Intake, configuration.Guardians.Foundation, checklist, people.Staff);
            var (kept, written) = OnboardingIssue.Finished(allIssues, application.Number, people) is { } done ? (done, [])
                : await session.Applier.FindOrOpenAsync(allIssues, draft, i => OnboardingIssue.ApplicationOf(i.Body) == application.Number);
            writes.AddRange(written);
            return kept.Number > 0 ? kept.Number : null;
        }
    }
}
