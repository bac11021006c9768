using Ecosystem.Domain.Guardians;

namespace Ecosystem.Domain.Issues;

/// <summary>An issue as a whole-repository read gives it: with all its comments, label and lock events, oldest first.</summary>
public sealed record IssueHistory(
    IssueSnapshot Issue,
    IReadOnlyList<CommentSnapshot> Comments,
    IReadOnlyList<LabelEvent> LabelEvents)
{
    // Read on the same page as the label events.
    public IReadOnlyList<LockEvent> LockEvents { get; init; } = [];

    public IReadOnlyList<StateEvent> StateEvents { get; init; } = [];

    /// <summary>
    /// <see cref="StateEvents"/>, or without them the close GitHub reports (which it forgets once an issue is reopened: only the
    /// timeline keeps it).
    /// </summary>
    public IReadOnlyList<StateEvent> Closures =>
        StateEvents.Count > 0 || Issue.ClosedAt is not { } closed ? StateEvents : [new StateEvent(true, closed)];

    public bool WasClosedAt(DateTimeOffset at) => Closures.LastOrDefault(e => e.At <= at) is { Closed: true };

    public bool HadLabelAt(string label, DateTimeOffset at) =>
        LabelEvents.LastOrDefault(e => e.At <= at && LabelNames.Same(e.Label, label)) is { Added: true };

    public bool ClosedSince(DateTimeOffset at) => StateEvents.Any(e => e.Closed && e.At >= at);

    /// <summary>The stretches the applicant could not answer (locked) or nobody waited (closed), as locks: a wait counts neither.</summary>
    public IReadOnlyList<LockEvent> Paused => LockEvent.WithClosures(LockEvents, Closures);

    public bool EverHad(IReadOnlyList<string> labels) =>
        labels.Any(label => Issue.HasLabel(label) || LabelEvents.Any(e => LabelNames.Same(e.Label, label)));

    /// <summary>
    /// The labels, comments and label events once the applier has written <paramref name="plan"/> as
    /// <paramref name="automation"/>, so a later step of the run need not read them again. The events are timed
    /// <paramref name="at"/>, GitHub's time of the writes but for the seconds they took: a rule reads a restore's own time
    /// only when no earlier add precedes it (<see cref="LabelEvent.LastAdded"/>), and counts whole days or months from it.
    /// </summary>
    public IssueHistory After(IssuePlan plan, string automation, DateTimeOffset at)
    {
        var comments = Comments.ToList();
        foreach (var upsert in plan.Comments)
        {
            // As the applier leaves it, one per purpose: the kept one edited in place, others deleted, or a new one (id 0).
            var own = OwnComments.Of(comments, automation, upsert.Purpose).All;
            comments.RemoveAll(c => own.Skip(1).Contains(c));
            if (own.Count > 0)
            {
                comments[comments.IndexOf(own[0])] = own[0] with { Body = upsert.MarkedBody, UpdatedAt = at };
            }
            else if (!upsert.EditOnly)
            {
                comments.Add(new CommentSnapshot(0, automation, true, upsert.MarkedBody, at, at, string.Empty));
            }
        }

        var issue = Issue.WithLabelsOf(plan);
        return this with
        {
            Issue = issue,
            Comments = comments,
            LabelEvents = [
                .. LabelEvents,
                .. issue.Labels.Where(l => !Issue.HasLabel(l)).Select(l => new LabelEvent(l, true, automation, at)),
                .. Issue.Labels.Where(l => !issue.HasLabel(l)).Select(l => new LabelEvent(l, false, automation, at))],
        };
    }
}
