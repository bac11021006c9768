using System.Globalization;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Commands.Validate;
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
/// One run of <c>guard</c>: reads what the triggering event concerns, asks the guardians of the domain what the
/// issues should look like, and applies only the difference. Each step records a <see cref="GuardOutcome"/>.
/// </summary>
public sealed class GuardRun
{
    /// <summary>How far back the nightly run re-checks label changes: a week of missed or failed event runs.</summary>
    public const int LabelSweepDays = 7;

    private readonly CommandContext _context;
    private readonly GitHubSession _session;
    private readonly TrustedPeople _people;
    private readonly AutomationAccount _automation;
    private readonly IntakeRules _intakeRules;
    private readonly Lazy<IntakeAssessor> _intake;
    private readonly DecisionOutcomes _decisions;
    private readonly IntakeFactsGatherer _facts;
    private readonly List<GuardOutcome> _outcomes = [];
    private readonly Dictionary<int, IReadOnlyList<LabelEvent>> _events = [];
    private readonly Dictionary<int, IReadOnlyList<CommentSnapshot>> _comments = [];

    /// <summary>A run with who may act (staff, Working Group, the automation) resolved once, by the caller.</summary>
    public GuardRun(CommandContext context, GitHubSession session, TrustedPeople people, AutomationAccount automation)
    {
        _automation = automation;
        _context = context;
        _session = session;
        _people = people;
        Rules = DomainRules.Guardians(context.Configuration);
        _intakeRules = DomainRules.Intake(context.Configuration, context.Time);
        _intake = new Lazy<IntakeAssessor>(() => new IntakeAssessor(ApplicationFormFile.Load(context), _intakeRules));
        _decisions = new DecisionOutcomes(Rules, people);
        _facts = new IntakeFactsGatherer(session.Gateway, session.Packages, session.Indexes, _intakeRules);
    }

    public IReadOnlyList<GuardOutcome> Outcomes => _outcomes;

    private GuardianRules Rules { get; }

    private IGitHubGateway Gateway => _session.Gateway;

    /// <summary>An <c>issues</c> labeled/unlabeled event: undo it unless staff, the Working Group or the automation made it.</summary>
    public async Task GuardLabelChangeAsync(int issueNumber, string label, bool added, EventActor sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        // The sender is the automation by account id only: a person whose login is the bot's bare login is not.
        sender = _automation.Is(sender.Id, sender.Login, sender.IsBot) ? sender with { Login = _automation.Login } : sender;
        var governance = new LabelGovernance(Rules, _people);
        var what = $"{(added ? "adding" : "removing")} label '{label}'";
        if (added && _people.MayChangeLabels(sender.Login) && !_people.IsAutomation(sender.Login) && Rules.IsOutcomeLabel(label))
        {
            await CarryOutAsync(issueNumber, label, sender.Login);
            return;
        }

        if (_people.MayChangeLabels(sender.Login))
        {
            // Trusted without reading anything more: the timeline could not change the answer.
            Record(new GuardOutcome(issueNumber, "labels", $"#{issueNumber}: kept @{sender.Login} {what}: staff, Working Group or the automation.", 0));
            return;
        }

        var issue = await Gateway.GetIssueAsync(issueNumber);
        var events = await LabelEventsOfAsync(issueNumber);
        var change = LabelEvent.Triggering(events, label, added, sender.Login, sender.IsBot, _context.Time.GetUtcNow());
        var action = governance.Review(issue, change, []);
        IReadOnlyList<CommentSnapshot> comments = [];
        if (!action.Plan.IsEmpty)
        {
            comments = await Gateway.GetCommentsAsync(issueNumber);
            action = governance.Review(issue, change, comments);
        }

        await ApplyAsync("labels", issue, comments, action);
    }

    /// <summary>An <c>issue_comment</c> created event: <c>/ecosystem returning</c>, or an applicant's answer that ends the wait.</summary>
    public async Task AnswerReplyAsync(int issueNumber, CommentSnapshot reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var issue = await Gateway.GetIssueAsync(issueNumber);
        if (ReturningRequests.Asks(reply.Body))
        {
            // The applicant, a listed maintainer or staff bring a sent-back application back; anyone else is told who may.
            if (!NotAnApplication(issue, "returning", "`/ecosystem returning` is not acted on"))
            {
                var thread = await Gateway.GetCommentsAsync(issueNumber);
                await ApplyAsync("returning", issue, thread, new ReturningRequests(Rules, _people).Review(issue, AsRead(reply, thread), thread, MaintainersOf(issue)));
            }

            return;
        }

        if (!issue.HasLabel(Rules.Labels.Waiting))
        {
            Record(new GuardOutcome(issueNumber, "replies", $"#{issueNumber}: not waiting on the applicant ('{Rules.Labels.Waiting}' is not set).", 0));
            return;
        }

        var comments = await Gateway.GetCommentsAsync(issueNumber);
        var events = await LabelEventsOfAsync(issueNumber);
        var action = new ApplicantReplies(Rules, _people).Review(issue, AsRead(reply, comments), comments, events, MaintainersOf(issue));
        await ApplyAsync("replies", issue, comments, action);
    }

    /// <summary>The event's comment as the thread holds it, or as the payload gave it when the thread does not show it (yet).</summary>
    private static CommentSnapshot AsRead(CommentSnapshot reply, IReadOnlyList<CommentSnapshot> comments) =>
        comments.FirstOrDefault(c => c.Id == reply.Id) ?? reply;

    /// <summary>
    /// An outcome label added by staff or a Working Group member (anyone else's is undone by the label guard): either decides
    /// too early and community highlight; only staff mark a highlight published or an application returning.
    /// </summary>
    private async Task CarryOutAsync(int issueNumber, string label, string actor)
    {
        var published = Rules.IsLabel(label, Rules.Labels.CommunityHighlightDone);
        var returning = Rules.IsLabel(label, Rules.Labels.Returning);
        if ((published || returning) && !_people.IsStaff(actor))
        {
            Record(new GuardOutcome(issueNumber, "outcomes", $"#{issueNumber}: kept @{actor} adding label '{label}'; it takes effect when staff add it.", 0));
            return;
        }

        var issue = await Gateway.GetIssueAsync(issueNumber);
        if (NotAnApplication(issue, "outcomes", $"label '{label}' has no effect"))
        {
            return;
        }

        var comments = await Gateway.GetCommentsAsync(issueNumber);
        GuardianAction action;
        if (published)
        {
            action = _decisions.CommunityHighlightDone(issue, actor);
        }
        else if (returning)
        {
            action = new ReturningRequests(Rules, _people).Returned(issue, actor, comments) with { RerunIntake = true };
        }
        else
        {
            var events = await LabelEventsOfAsync(issueNumber);
            var decision = new OutcomeDecision(LabelEvent.Triggering(events, label, true, actor, false, _context.Time.GetUtcNow()).At, actor);
            action = Rules.IsLabel(label, Rules.Labels.TooEarly)
                ? _decisions.TooEarly(issue, decision, comments, events)
                : await _session.CommunityHighlightAsync(_decisions, issue, decision, comments);
        }

        await ApplyAsync("outcomes", issue, comments, action);
    }

    /// <summary>
    /// Nightly: the label changes a lost event run left standing, stale waits, then the periodic re-check of accepted
    /// projects. Every issue is listed once, and its timeline read at most once.
    /// </summary>
    public async Task HousekeepAsync()
    {
        // Every issue with its comments and label events, 100 a request: the sweep, stale waits and re-checks share them.
        var histories = await Gateway.GetIssueHistoriesAsync(IssueStateFilter.All);
        foreach (var history in histories)
        {
            _events[history.Issue.Number] = history.LabelEvents;
            _comments[history.Issue.Number] = history.Comments;
        }

        var issues = await SweepLabelChangesAsync([.. histories.Select(h => h.Issue)]);
        await ChaseStaleWaitsAsync(issues);
        if (Rules.RecheckEveryMonths > 0)
        {
            await RecheckAcceptedProjectsAsync(issues);
        }
        else
        {
            Record(new GuardOutcome(null, "re-check", "Periodic re-checks are off (housekeeping.recheck-every-months is 0).", 0));
        }
    }

    /// <summary>
    /// The event guard's rules, applied again to every open issue changed in the last <see cref="LabelSweepDays"/> days:
    /// a label change whose event run failed or was dropped is undone now. For each label only its latest change counts
    /// (a later change by staff stands; an undone change is already undone). Returns the issue list with the issues it
    /// changed read again.
    /// </summary>
    private async Task<IReadOnlyList<IssueSnapshot>> SweepLabelChangesAsync(IReadOnlyList<IssueSnapshot> issues)
    {
        var since = _context.Time.GetUtcNow().AddDays(-LabelSweepDays);
        var governance = new LabelGovernance(Rules, _people);
        var changed = new Dictionary<int, IssueSnapshot>();
        var swept = 0;
        foreach (var issue in issues.Where(i => i.IsOpen && (i.UpdatedAt is null || i.UpdatedAt >= since)))
        {
            swept++;
            var events = await LabelEventsOfAsync(issue.Number);
            // The comments came with the issue list, so an explanation already given is not repeated.
            if (governance.Sweep(issue, events, since, await CommentsOfAsync(issue.Number)) is not { } undo)
            {
                continue;
            }

            await ApplyAsync("labels", issue, await CommentsOfAsync(issue.Number), undo);
            _events.Remove(issue.Number);
            changed[issue.Number] = await Gateway.GetIssueAsync(issue.Number);
        }

        if (changed.Count == 0)
        {
            Record(new GuardOutcome(null, "labels", $"Label changes of the last {LabelSweepDays} days on {swept} open issue(s): nothing to undo.", 0));
            return issues;
        }

        return [.. issues.Select(i => changed.GetValueOrDefault(i.Number) ?? i)];
    }

    /// <summary>An issue's label changes, read once per run (the sweep, stale waits and re-checks share them).</summary>
    private async Task<IReadOnlyList<LabelEvent>> LabelEventsOfAsync(int issueNumber) =>
        _events.TryGetValue(issueNumber, out var events) ? events : _events[issueNumber] = await Gateway.GetLabelEventsAsync(issueNumber);

    /// <summary>An issue's comments as read with the run's issues, or read now for an issue written to since.</summary>
    private async Task<IReadOnlyList<CommentSnapshot>> CommentsOfAsync(int issueNumber) =>
        _comments.TryGetValue(issueNumber, out var comments) ? comments : _comments[issueNumber] = await Gateway.GetCommentsAsync(issueNumber);

    private async Task ChaseStaleWaitsAsync(IReadOnlyList<IssueSnapshot> issues)
    {
        var stale = new StaleWaits(Rules, _people, _context.Time);
        var waiting = issues.Where(i => i.IsOpen && i.HasLabel(Rules.Labels.Waiting)).ToList();
        if (waiting.Count == 0)
        {
            Record(new GuardOutcome(null, "stale waits", $"No open issue is labelled '{Rules.Labels.Waiting}'.", 0));
        }

        foreach (var issue in waiting)
        {
            var comments = await CommentsOfAsync(issue.Number);
            var events = await LabelEventsOfAsync(issue.Number);
            var action = stale.Review(issue, comments, events, MaintainersOf(issue));
            await ApplyAsync("stale waits", issue, comments, action);
        }
    }

    private async Task RecheckAcceptedProjectsAsync(IReadOnlyList<IssueSnapshot> issues)
    {
        var recheck = new PeriodicRecheck(Rules, _people, _context.Time);
        var (candidates, unmatched) = recheck.Candidates(issues, _context.Configuration.Housekeeping.RecheckProjects, _intake.Value.Read);
        foreach (var entry in unmatched)
        {
            _context.Runtime.Warning($"housekeeping.recheck-projects: '{entry}' matches no application issue in {_session.Repository}; name it by its issue number.");
        }

        if (candidates.Count == 0)
        {
            Record(new GuardOutcome(null, "re-check", $"No issue is labelled '{Rules.Labels.Accepted}' and housekeeping.recheck-projects is empty.", 0));
        }

        foreach (var application in candidates)
        {
            await RecheckAsync(recheck, application, issues);
        }
    }

    private async Task RecheckAsync(PeriodicRecheck recheck, IssueSnapshot issue, IReadOnlyList<IssueSnapshot> issues)
    {
        var application = _intake.Value.Read(issue);
        var project = AcceptedProject.Of(issue, application, await LabelEventsOfAsync(issue.Number), Rules, _intakeRules, _session.RepositoryUrl);
        var (ownOpen, latest) = recheck.ReviewIssues(project, issues);
        var (_, closed) = await _session.Applier.KeepFirstAsync(ownOpen);
        if (!recheck.IsDue(project, latest))
        {
            var accepted = project.AcceptedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Record(new GuardOutcome(issue.Number, "re-check", $"{project.Name}: not due (accepted {accepted}, every {Rules.RecheckEveryMonths} months).", 0));
            return;
        }

        if (application.Repository is null)
        {
            _context.Runtime.Warning($"#{issue.Number} ({project.Name}) is due for its periodic re-check, but its 'Project repo URL' names no GitHub repository; fix the application body.");
            Record(new GuardOutcome(issue.Number, "re-check", $"{project.Name}: due, but no GitHub repository to measure.", 0));
            return;
        }

        var facts = await _facts.GatherAsync(application, null, _context.Cancellation);
        var results = RecheckMeasurement.Results(_intake.Value.Assess(application, facts), _intakeRules, facts.Repository is not { Exists: true });
        if (results.Count == 0)
        {
            _context.Runtime.Warning($"#{issue.Number} ({project.Name}): nothing could be measured for the periodic re-check.");
            Record(new GuardOutcome(issue.Number, "re-check", $"{project.Name}: nothing measured.", 0));
            return;
        }

        project = project with { Maintainers = [issue.Author, .. application.MaintainerHandles.Where(h => facts.Maintainers?.Contains(h) == true)] };
        var comments = latest is { IsOpen: true } ? await CommentsOfAsync(latest.Number) : [];
        var decision = recheck.Review(project, results, latest, comments);
        var (number, writes) = (latest?.Number, closed.Count);
        if (decision.Draft is { } draft)
        {
            // A draft with a number rewrites the latest review; one without opens a new one.
            var current = draft.Number is null ? null : latest;
            var (written, drafted) = await _session.Applier.WriteIssueAsync(current, draft);
            writes += drafted.Count;
            if (current is null)
            {
                _context.Runtime.Info($"Opened #{written.Number.ToString(CultureInfo.InvariantCulture)}: {draft.Title}");
                number = written.Number > 0 ? written.Number : number;
            }
        }

        if (decision.Plan is { IsEmpty: false } plan && latest is not null)
        {
            writes += (await _session.ApplyAsync(latest, comments, plan)).Count;
        }

        Record(new GuardOutcome(number, "re-check", decision.Summary, writes));
    }

    private bool NotAnApplication(IssueSnapshot issue, string guardian, string consequence)
    {
        var not = _intake.Value.Read(issue).Kind == ApplicationKind.NotAnApplication;
        if (not)
        {
            Record(new GuardOutcome(issue.Number, guardian, $"#{issue.Number} is not an application; {consequence}.", 0));
        }

        return not;
    }

    private IReadOnlyList<string> MaintainersOf(IssueSnapshot issue) => _intake.Value.Read(issue).MaintainerHandles;

    private async Task ApplyAsync(string guardian, IssueSnapshot issue, IReadOnlyList<CommentSnapshot> comments, GuardianAction action)
    {
        var writes = action.Plan.IsEmpty ? 0 : (await _session.ApplyAsync(issue, comments, action.Plan)).Count;
        if (writes > 0)
        {
            // Its comments as read are stale now; whoever needs them again reads them again.
            _comments.Remove(issue.Number);
        }

        Record(new GuardOutcome(issue.Number, guardian, action.Summary, writes, action.RerunIntake));
    }

    private void Record(GuardOutcome outcome)
    {
        _outcomes.Add(outcome);
        _context.Runtime.Info(outcome.Writes > 0
            ? $"{outcome.Summary} ({outcome.Writes.ToString(CultureInfo.InvariantCulture)} write(s))"
            : outcome.Summary);
    }

}
