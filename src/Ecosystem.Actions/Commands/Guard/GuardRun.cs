using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Identity;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands.Guard;

/// <summary>
/// One run of <c>guard</c>: reads what the event concerns, lets the domain's guardians decide and applies only the
/// difference, recording a <see cref="GuardOutcome"/> for each step. Who may act is resolved once, by the caller.
/// </summary>
public sealed class GuardRun(CommandContext context, GitHubSession session, TrustedPeople people, AutomationAccount automation)
{
    private readonly GuardianRules _rules = context.Configuration.Guardians;
    private readonly List<GuardOutcome> _outcomes = [];
    // Nightly: each issue as read with all the others, then as the run's own writes leave it.
    private Dictionary<int, IssueHistory> _histories = [];
    private IntakeAssessor? _intake;

    public IReadOnlyList<GuardOutcome> Outcomes => _outcomes;

    private IGitHubGateway Gateway => session.Gateway;

    /// <summary>The form, read only by the guardians that read an application.</summary>
    private IntakeAssessor Intake => _intake ??= new IntakeAssessor(ApplicationFormFile.Load(context), context.IntakeRules);

    /// <summary>An <c>issues</c> labeled/unlabeled event: undo it unless staff, the Working Group or the automation made it.</summary>
    public async Task GuardLabelChangeAsync(int issueNumber, string label, bool added, EventActor sender)
    {
        // The sender is the automation by account id only: a person whose login is the bot's bare login is not.
        var login = automation.Is(sender.Id, sender.Login, sender.IsBot) ? automation.Login : sender.Login;
        var governance = new LabelGovernance(_rules, people);
        // Trusted without reading anything more: the timeline could not change the answer.
        if (governance.Trusted(issueNumber, login, label, added) is { } trusted)
        {
            if (trusted.CarryOut)
            {
                await CarryOutAsync(issueNumber, label, login);
            }
            else
            {
                Note(issueNumber, "labels", trusted.Summary);
            }

            return;
        }

        var issue = await Gateway.GetIssueAsync(issueNumber);
        var events = await Gateway.GetLabelEventsAsync(issueNumber);
        var change = LabelEvent.Triggering(events, label, added, login, context.Time.GetUtcNow());
        // The comments are read only when there is something to undo, so an explanation already given is not repeated.
        var action = governance.Review(issue, change, events, []);
        var comments = action.Plan.IsEmpty ? [] : await Gateway.GetCommentsAsync(issueNumber);
        await ApplyAsync("labels", issue, comments, action.Plan.IsEmpty ? action : governance.Review(issue, change, events, comments));
    }

    /// <summary>An <c>issue_comment</c> created event: <c>/ecosystem returning</c>, or an applicant's answer that ends the wait.</summary>
    public async Task AnswerReplyAsync(int issueNumber, CommentSnapshot reply)
    {
        var issue = await Gateway.GetIssueAsync(issueNumber);
        if (ReturningRequests.Asks(reply.Body))
        {
            if (ApplicationOf(issue, "returning", "`/ecosystem returning` is not acted on") is { } application)
            {
                var (returning, thread) = (new ReturningRequests(_rules, people), await Gateway.GetCommentsAsync(issueNumber));
                var (asked, maintainers) = (AsRead(reply, thread), application.MaintainerHandles);
                var events = returning.ReadsLabelEvents(issue, asked, maintainers) ? await Gateway.GetLabelEventsAsync(issueNumber) : [];
                await ApplyAsync("returning", issue, thread, returning.Review(issue, asked, thread, events, maintainers));
            }
        }
        else if (!issue.HasLabel(_rules.Labels.Waiting))
        {
            Note(issueNumber, "replies", $"#{issueNumber}: not waiting on the applicant ('{_rules.Labels.Waiting}' is not set).");
        }
        else if (ApplicationOf(issue, "replies", "a comment on it ends no wait") is { } application)
        {
            var (comments, events) = (await Gateway.GetCommentsAsync(issueNumber), await Gateway.GetLabelEventsAsync(issueNumber));
            await ApplyAsync("replies", issue, comments,
                new ApplicantReplies(_rules, people).Review(issue, AsRead(reply, comments), comments, events, application.MaintainerHandles));
        }
    }

    /// <summary>The event's comment as the thread holds it, or as the payload gave it when the thread does not show it (yet).</summary>
    private static CommentSnapshot AsRead(CommentSnapshot reply, IReadOnlyList<CommentSnapshot> comments) =>
        comments.FirstOrDefault(c => c.Id == reply.Id) ?? reply;

    /// <summary>An outcome label added by staff or a Working Group member (see <see cref="LabelGovernance.Trusted"/>), while it is on.</summary>
    private async Task CarryOutAsync(int issueNumber, string label, string actor)
    {
        var (decisions, issue) = (new DecisionOutcomes(_rules, people), await Gateway.GetIssueAsync(issueNumber));
        if (DecisionOutcomes.TakenOff(issue, label) is { } takenOff)
        {
            Note(issueNumber, "outcomes", takenOff.Summary);
            return;
        }

        if (ApplicationOf(issue, "outcomes", $"label '{label}' has no effect") is null)
        {
            return;
        }

        var comments = await Gateway.GetCommentsAsync(issueNumber);
        GuardianAction action;
        if (LabelNames.Same(label, _rules.Labels.CommunityHighlightDone))
        {
            action = decisions.CommunityHighlightDone(issue, actor);
        }
        else
        {
            // The label's add is also a return's request, which the guard's reply names (ReturningRequests.Returned).
            var events = await Gateway.GetLabelEventsAsync(issueNumber);
            var decision = new OutcomeDecision(LabelEvent.Triggering(events, label, true, actor, context.Time.GetUtcNow()).At, actor);
            action = LabelNames.Same(label, _rules.Labels.Returning)
                ? new ReturningRequests(_rules, people).Returned(issue, actor, decision.At, comments, events) with { RerunIntake = true }
                : LabelNames.Same(label, _rules.Labels.TooEarly)
                ? decisions.TooEarly(issue, decision, comments, events)
                : await session.CommunityHighlightAsync(decisions, issue, decision, comments);
        }

        await ApplyAsync("outcomes", issue, comments, action);
    }

    /// <summary>
    /// Nightly: the label changes a lost event run left standing, stale waits, then the periodic re-check of accepted
    /// projects. Every issue is listed once, with its comments and label events (100 a request), and shared by all three.
    /// </summary>
    public async Task HousekeepAsync()
    {
        var histories = await Gateway.GetIssueHistoriesAsync(IssueStateFilter.All);
        _histories = histories.ToDictionary(h => h.Issue.Number);
        await SweepLabelChangesAsync(histories);
        var issues = histories.Select(h => _histories[h.Issue.Number].Issue).ToList();
        var stale = new StaleWaits(_rules, people, context.Time);
        // Applications only, as every command reads them: an issue staff label waiting that is none is no stale application.
        var waiting = issues.Where(i => stale.Watches(_histories[i.Number])).Select(Intake.Read)
            .Where(a => a.Kind != ApplicationKind.NotAnApplication).ToList();
        if (waiting.Count == 0)
        {
            Note(null, "stale waits", $"No open application is labelled '{_rules.Labels.Waiting}' or '{_rules.Labels.TooEarly}'.");
        }

        foreach (var (history, application) in waiting.Select(a => (_histories[a.Issue.Number], a)))
        {
            await ApplyAsync("stale waits", history.Issue, history.Comments, stale.Review(history, application.MaintainerHandles));
        }

        if (_rules.RecheckEveryMonths == 0)
        {
            Note(null, "re-check", "Periodic re-checks are off (housekeeping.recheck-every-months is 0).");
            return;
        }

        var recheck = new PeriodicRecheck(_rules, people, context.Time);
        var (candidates, unmatched) = recheck.Candidates(issues, _rules.RecheckProjects, Intake.Read);
        foreach (var entry in unmatched)
        {
            session.Warn($"housekeeping.recheck-projects: '{entry}' matches no application issue in {context.Event.Repository}; name it by its issue number.");
        }

        if (candidates.Count == 0)
        {
            Note(null, "re-check", $"No issue is labelled '{_rules.Labels.Accepted}' and housekeeping.recheck-projects is empty.");
        }

        foreach (var application in candidates)
        {
            // One project GitHub refuses a write for (its review locked, say) does not keep the others from their re-check.
            if (await session.OrFailAsync($"#{application.Issue.Number} (re-check)", () => RecheckAsync(recheck, application, issues)) is { } outcome)
            {
                Record(outcome);
            }
        }
    }

    /// <summary>Undoes label changes a lost event run left standing (<see cref="LabelGovernance.Sweep"/>).</summary>
    private async Task SweepLabelChangesAsync(IReadOnlyList<IssueHistory> histories)
    {
        var (undo, swept) = new LabelGovernance(_rules, people).Sweep(histories, context.Time.GetUtcNow());
        foreach (var (history, action) in undo)
        {
            await ApplyAsync("labels", history.Issue, history.Comments, action);
        }

        if (undo.Count == 0)
        {
            Note(null, "labels", $"Label changes of the last {LabelGovernance.SweepDays} days on {Domain.Text.Counted.Of(swept, "issue")}, open or closed: nothing to undo.");
        }
    }

    private async Task<GuardOutcome> RecheckAsync(PeriodicRecheck recheck, Application application, IReadOnlyList<IssueSnapshot> issues)
    {
        var project = AcceptedProject.Of(application, _histories[application.Issue.Number].LabelEvents, _rules, people, session.RepositoryUrl);
        var (ownOpen, latest) = recheck.ReviewIssues(project, issues);
        var (_, closed) = await session.Applier.KeepFirstAsync(ownOpen);
        var decision = recheck.Unmeasured(project, application, latest);
        if (decision is null)
        {
            var facts = await session.Facts.GatherAsync(application, null, context.Cancellation);
            var results = PeriodicRecheck.Results(Intake.Assess(application, facts), facts.Repository is not { Exists: true });
            project = project.MeasuredWith(application, facts);
            var review = latest is { IsOpen: true } ? _histories[latest.Number] : null;
            decision = recheck.Review(project, results, latest, review?.Comments ?? [], review?.LabelEvents ?? []);
        }

        if (decision.Warning is { } warning)
        {
            session.Warn(warning);
        }

        var (number, writes) = (decision.IssueNumber ?? latest?.Number, closed.Count);
        if (decision.Draft is { } draft)
        {
            // A draft with a number rewrites the latest review; one without opens a new one.
            var current = draft.Number is null ? null : latest;
            var (written, drafted) = await session.Applier.WriteIssueAsync(current, draft);
            writes += drafted.Count;
            if (current is null)
            {
                context.Runtime.Info($"Opened #{written.Number}: {draft.Title}");
                number = written.Number > 0 ? written.Number : number;
            }
        }

        if (decision.Plan is { IsEmpty: false } plan && latest is not null)
        {
            writes += await session.ApplyOrFailAsync("re-check", latest, _histories[latest.Number].Comments, plan) ?? 0;
        }

        return new GuardOutcome(number, "re-check", decision.Summary, writes);
    }

    /// <summary>The issue read as an application; null, noted with <paramref name="consequence"/>, when it is none.</summary>
    private Application? ApplicationOf(IssueSnapshot issue, string guardian, string consequence)
    {
        var application = Intake.Read(issue);
        if (application.Kind != ApplicationKind.NotAnApplication)
        {
            return application;
        }

        Note(issue.Number, guardian, $"#{issue.Number} is not an application; {consequence}.");
        return null;
    }

    private async Task ApplyAsync(string guardian, IssueSnapshot issue, IReadOnlyList<CommentSnapshot> comments, GuardianAction action)
    {
        if ((action.Plan.IsEmpty ? 0 : await session.ApplyOrFailAsync(guardian, issue, comments, action.Plan)) is not { } writes)
        {
            return;
        }

        if (writes > 0 && _histories.TryGetValue(issue.Number, out var history))
        {
            // What was written is known: a later step takes it from here, not from GitHub again, and plans on it in a dry run too.
            _histories[issue.Number] = history.After(action.Plan, automation.Login, context.Time.GetUtcNow());
        }

        Record(new GuardOutcome(issue.Number, guardian, action.Summary, writes, action.RerunIntake));
    }

    private void Note(int? issueNumber, string guardian, string summary) => Record(new GuardOutcome(issueNumber, guardian, summary, 0));

    private void Record(GuardOutcome outcome)
    {
        _outcomes.Add(outcome);
        context.Runtime.Info(outcome.Writes > 0 ? $"{outcome.Summary} ({Domain.Text.Counted.Of(outcome.Writes, "write")})" : outcome.Summary);
    }
}
