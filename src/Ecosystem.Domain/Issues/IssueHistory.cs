using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Issues;

/// <summary>An issue as a whole-repository read gives it: with all its comments and label events, oldest first.</summary>
public sealed record IssueHistory(
    IssueSnapshot Issue,
    IReadOnlyList<CommentSnapshot> Comments,
    IReadOnlyList<LabelEvent> LabelEvents)
{
    /// <summary>Whether the issue carries, or once carried, any of <paramref name="labels"/>.</summary>
    public bool EverHad(IReadOnlyList<string> labels) =>
        labels.Any(label => Issue.HasLabel(label) || LabelEvents.Any(e => LabelNames.Same(e.Label, label)));

    /// <summary>The body of the automation's first comment for <paramref name="purpose"/> (the one the applier keeps), or null.</summary>
    public string? OwnComment(string purpose, string automation) =>
        Comments.FirstOrDefault(c => TrustedPeople.IsAutomation(c.Author, automation) && HiddenMarker.PurposeOf(c.Body) == purpose)?.Body;

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
            // As the applier leaves it, one per purpose: the automation's first edited in place, others deleted, or a new one (id 0).
            var own = comments.FindAll(c => TrustedPeople.IsAutomation(c.Author, automation) && HiddenMarker.PurposeOf(c.Body) == upsert.Purpose);
            comments.RemoveAll(c => own.IndexOf(c) > 0);
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
        return new IssueHistory(issue, comments, [
            .. LabelEvents,
            .. issue.Labels.Where(l => !Issue.HasLabel(l)).Select(l => new LabelEvent(l, true, automation, at)),
            .. Issue.Labels.Where(l => !issue.HasLabel(l)).Select(l => new LabelEvent(l, false, automation, at))]);
    }
}
