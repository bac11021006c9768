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

    /// <summary>When <paramref name="label"/> was last added; null if never.</summary>
    public static DateTimeOffset? LastAdded(IEnumerable<LabelEvent> events, string label) =>
        events.Where(e => e.Added && LabelNames.Same(e.Label, label)).Select(e => (DateTimeOffset?)e.At).Max();
}
