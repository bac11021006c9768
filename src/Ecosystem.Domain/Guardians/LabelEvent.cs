using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Guardians;

/// <summary>One <c>labeled</c> or <c>unlabeled</c> event from an issue's timeline.</summary>
public sealed record LabelEvent(string Label, bool Added, string Actor, DateTimeOffset At)
{
    /// <summary>The timeline's record of the change an event reports, else the payload's facts timed <paramref name="now"/>.</summary>
    public static LabelEvent Triggering(IReadOnlyList<LabelEvent> timeline, string label, bool added, string sender, DateTimeOffset now) =>
        timeline.LastOrDefault(e => e.Added == added
                && LabelNames.Same(e.Label, label)
                && GitHubHandle.Same(e.Actor, sender))
            ?? new LabelEvent(label, added, sender, now);

    public static DateTimeOffset? LastAdded(IEnumerable<LabelEvent> events, string label, TrustedPeople people) =>
        LastAddition(events, label, people)?.At;

    /// <summary>
    /// The last add of <paramref name="label"/> (<paramref name="events"/> in time order). An add right after an untrusted
    /// removal only ends a removal that never counted (the add before it stands) when made by the automation (the guard's
    /// undo) or by someone else not trusted (it only puts back). One by someone trusted is new, also after such a removal
    /// never undone (staff labelling the issue again), and so is any add after a removal that stood (<see cref="Standing"/>).
    /// </summary>
    public static LabelEvent? LastAddition(IEnumerable<LabelEvent> events, string label, TrustedPeople people)
    {
        LabelEvent? added = null;
        var untrustedRemoval = false;
        foreach (var (change, stood) in Standing([.. events.Where(e => LabelNames.Same(e.Label, label))]))
        {
            var restore = untrustedRemoval && added is not null && (people.IsAutomation(change.Actor) || !people.MayChangeLabels(change.Actor));
            if (change.Added && !restore)
            {
                added = change;
            }

            // A removal that stood is no longer undone by the guard, whoever made it: an add after it is new.
            untrustedRemoval = !change.Added && !people.MayChangeLabels(change.Actor) && !stood;
        }

        return added;
    }

    /// <summary>
    /// Each change of one label with whether it stood: the label stayed so longer than the nightly sweep reaches back before
    /// its next change. The guard lets such a change stand whoever made it (most often someone trusted then, who has left
    /// since). The latest change has not stood: it is the one the guard judges.
    /// </summary>
    public static IEnumerable<(LabelEvent Change, bool Stood)> Standing(IReadOnlyList<LabelEvent> changes) =>
        changes.Select((change, i) => (change, i + 1 < changes.Count && changes[i + 1].At > change.At.AddDays(LabelGovernance.SweepDays)));

    /// <summary>Whether someone trusted, not the automation, last took <paramref name="label"/> off: a decision to leave standing.</summary>
    public static bool RemovedOnPurpose(IEnumerable<LabelEvent> events, string label, TrustedPeople people) =>
        events.LastOrDefault(e => LabelNames.Same(e.Label, label)) is { Added: false } removal
        && people.MayChangeLabels(removal.Actor) && !people.IsAutomation(removal.Actor);
}
