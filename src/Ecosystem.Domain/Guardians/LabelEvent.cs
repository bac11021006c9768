using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Guardians;

/// <summary>One <c>labeled</c> or <c>unlabeled</c> event from an issue's timeline.</summary>
public sealed record LabelEvent(string Label, bool Added, string Actor, DateTimeOffset At)
{
    /// <summary>
    /// The timeline's record of the change an <c>issues</c> event reports: the latest change of
    /// <paramref name="label"/> in that direction by <paramref name="sender"/>. When the timeline does not show it
    /// (yet), the payload's facts stand, timed <paramref name="now"/>.
    /// </summary>
    public static LabelEvent Triggering(IReadOnlyList<LabelEvent> timeline, string label, bool added, string sender, DateTimeOffset now) =>
        timeline.LastOrDefault(e => e.Added == added
                && LabelNames.Same(e.Label, label)
                && GitHubHandle.Same(e.Actor, sender))
            ?? new LabelEvent(label, added, sender, now);

    /// <summary>
    /// When <paramref name="label"/> was last added; null if never. <paramref name="events"/> are in time order. An add right after a removal
    /// by someone not trusted with labels, within the guard's reach of it (<see cref="LabelGovernance.SweepDays"/>, and a day for the run),
    /// ends a removal that never counted (the add before it stands) when made by the automation (the guardian's undo, that night or later)
    /// or by someone else not trusted (kept, as it only puts back). Later, the removal stood (often one by someone who has left the Working
    /// Group since), so the automation's add is its own. One by staff, the Working Group or a bot in people.automation is new, also after
    /// such a removal that was never undone (staff labelling the issue again). Without an earlier add, the restore's own.
    /// </summary>
    public static DateTimeOffset? LastAdded(IEnumerable<LabelEvent> events, string label, TrustedPeople people) =>
        LastAddition(events, label, people)?.At;

    /// <summary>The add <see cref="LastAdded"/> dates, whose actor put the label on as it stands; null if never added.</summary>
    public static LabelEvent? LastAddition(IEnumerable<LabelEvent> events, string label, TrustedPeople people)
    {
        LabelEvent? added = null;
        LabelEvent? untrustedRemoval = null;
        foreach (var change in events.Where(e => LabelNames.Same(e.Label, label)))
        {
            var restore = untrustedRemoval is not null && added is not null && change.At <= untrustedRemoval.At.AddDays(LabelGovernance.SweepDays + 1)
                && (people.IsAutomation(change.Actor) || !people.MayChangeLabels(change.Actor));
            if (change.Added && !restore)
            {
                added = change;
            }

            untrustedRemoval = !change.Added && !people.MayChangeLabels(change.Actor) ? change : null;
        }

        return added;
    }

    /// <summary>Whether staff, the Working Group or a configured bot last took <paramref name="label"/> off: a decision to leave standing.</summary>
    public static bool RemovedOnPurpose(IEnumerable<LabelEvent> events, string label, TrustedPeople people) =>
        events.LastOrDefault(e => LabelNames.Same(e.Label, label)) is { Added: false } removal
        && people.MayChangeLabels(removal.Actor) && !people.IsAutomation(removal.Actor);
}
