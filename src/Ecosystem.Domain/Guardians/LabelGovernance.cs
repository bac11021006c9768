using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Guardians;

/// <summary>Only staff, the Working Group and the automation change labels: any other change is undone, and explained once.</summary>
public sealed class LabelGovernance(GuardianRules rules, TrustedPeople people)
{
    public const string Purpose = "label-governance";

    /// <summary>How far back the nightly run re-checks label changes: a week of missed or failed event runs.</summary>
    public const int SweepDays = 7;

    private const string AsBefore = "as it was before anyone not trusted with labels changed it";

    /// <summary>
    /// From the change alone, so the event guard reads nothing for a trusted one: null when it is to be reviewed; else why
    /// it is kept, and whether an outcome label was added to carry out (<see cref="DecisionOutcomes.WaitsForStaff"/>).
    /// </summary>
    public (string Summary, bool CarryOut)? Trusted(int number, string actor, string label, bool added)
    {
        if (people.IsTrustedBot(actor))
        {
            var bot = people.IsAutomation(actor) ? "the automation" : $"@{actor}, a bot listed in people.automation,";
            return ($"#{number}: kept {What(added, label)}: {bot} made it.", false);
        }

        // Nobody listed yet (a repository just set up by init): only collaborators can label, and there is no one to defer to.
        var why = people.Staff.Count + people.WorkingGroup.Count == 0
            ? "people.staff and people.working-group name nobody, so no label change is undone"
            : people.IsStaffOrWorkingGroup(actor) ? "staff or Working Group" : null;
        return why is null ? null
            : added && new DecisionOutcomes(rules, people).WaitsForStaff(number, label, actor) is { } waits ? (waits.Summary, false)
            : ($"#{number}: kept @{actor} {What(added, label)}: {why}.", added && rules.IsOutcomeLabel(label));
    }

    /// <summary>
    /// One label change (it may not show in <paramref name="events"/> yet). The untrusted changes that end the label's
    /// history count as one: the label goes back to how it stood before them, so putting back what one took away undoes nothing.
    /// </summary>
    public GuardianAction Review(
        IssueSnapshot application, LabelEvent change, IReadOnlyList<LabelEvent> events, IReadOnlyList<CommentSnapshot> comments)
    {
        var number = application.Number;
        if (Trusted(number, change.Actor, change.Label, change.Added) is { } trusted)
        {
            return GuardianAction.Nothing(number, trusted.Summary);
        }

        var what = What(change.Added, change.Label);
        if (IsFormLabel(application, change))
        {
            return GuardianAction.Nothing(number, $"#{number}: kept '{change.Label}': set by the application form at opening.");
        }

        var history = events.Where(e => LabelNames.Same(e.Label, change.Label)).Append(change).Distinct().ToList();
        // A change that stood is how the label stood, whoever made it: an outsider's change must not take it back to before it.
        var untrusted = LabelEvent.Standing(history).Reverse()
            .TakeWhile(e => !e.Stood && !people.MayChangeLabels(e.Change.Actor) && !IsFormLabel(application, e.Change))
            .Select(e => e.Change).ToList();
        // As the last trusted change left it; with none, as before the first change (GitHub records only real changes).
        var present = history.SkipLast(untrusted.Count).LastOrDefault()?.Added ?? !history[0].Added;
        var plan = new IssuePlan(number)
        {
            RemoveLabels = present ? [] : ApplicationThread.IfPresent(application, change.Label),
            AddLabels = present ? ApplicationThread.IfMissing(application, change.Label) : [],
        };
        if (plan.IsEmpty)
        {
            return GuardianAction.Nothing(number, untrusted.Contains(change) && application.HasLabel(change.Label) == change.Added
                ? $"#{number}: kept @{change.Actor} {what}: it puts the label back {AsBefore}."
                : $"#{number}: @{change.Actor} {what} is already undone.");
        }

        // The explanation is for people: an app reads none, and the thread's readers, the applicant first, did nothing.
        var app = TrustedPeople.IsApp(change.Actor);
        plan = plan with { Comments = app ? [] : ApplicationThread.Unposted(comments, people, Purpose, rules.Foundation.Values) };
        // A later untrusted change (another outsider's, or one a dry run left) may have reversed this one: say what the plan does.
        var undid = change.Added != present
            ? $"undid @{change.Actor} {what}"
            : $"{(present ? "put back" : "took off")} label '{change.Label}', {AsBefore}";
        return new GuardianAction(plan, $"#{number}: {undid}: only staff and Working Group members change labels"
            + (app ? $" (to trust @{change.Actor}, list it in people.automation)." : "."));
    }

    /// <summary>
    /// The nightly sweep: each label changed in the past <see cref="SweepDays"/> days is reviewed as its event run would,
    /// so a change whose run failed is undone now, one plan an issue (closed ones too: an outsider's Accepted on a declined
    /// application would otherwise stand for good).
    /// </summary>
    public (IReadOnlyList<(IssueHistory History, GuardianAction Undo)> Undo, int Swept) Sweep(IReadOnlyList<IssueHistory> histories, DateTimeOffset now)
    {
        var since = now.AddDays(-SweepDays);
        var swept = histories.Where(h => h.Issue.UpdatedAt is null || h.Issue.UpdatedAt >= since).ToList();
        var undo = new List<(IssueHistory, GuardianAction)>();
        foreach (var history in swept)
        {
            var actions = history.LabelEvents.GroupBy(e => e.Label, LabelNames.Comparer)
                .Select(g => g.Last())
                .Where(e => e.At >= since)
                .Select(e => Review(history.Issue, e, history.LabelEvents, history.Comments))
                .Where(a => !a.Plan.IsEmpty)
                .ToList();
            if (actions.Count > 0)
            {
                var plan = actions.Skip(1).Aggregate(actions[0].Plan, (merged, action) => merged.With(action.Plan));
                undo.Add((history, new GuardianAction(plan, string.Join(" ", actions.Select(a => a.Summary)))));
            }
        }

        return (undo, swept.Count);
    }

    private static string What(bool added, string label) => $"{(added ? "adding" : "removing")} label '{label}'";

    private bool IsFormLabel(IssueSnapshot application, LabelEvent change) =>
        change.Added
        && (LabelNames.Same(change.Label, rules.Labels.New)
            || (rules.Labels.Application.Length > 0 && LabelNames.Same(change.Label, rules.Labels.Application)))
        && GitHubHandle.Same(change.Actor, application.Author)
        && change.At >= application.CreatedAt - rules.FormLabelWindow
        && change.At <= application.CreatedAt + rules.FormLabelWindow;
}
