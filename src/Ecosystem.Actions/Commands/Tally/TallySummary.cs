using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Text;

namespace Ecosystem.Actions.Commands.Tally;

/// <summary>The job summary of a tally run (the <c>tally-summary</c> template): one row per issue, then the tally itself as posted on each issue.</summary>
public static class TallySummary
{
    public static void Write(StepSummary summary, IReadOnlyList<IssueTally> tallies, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(tallies);
        summary.AddMarkdown(Template.Load("tally-summary").Render(new Dictionary<string, object?>
        {
            ["dry_run"] = dryRun,
            ["tallies"] = tallies.Select(t => Template.Record(
                ("number", t.Issue.Number),
                ("url", t.Issue.HtmlUrl),
                ("title", t.Issue.Title),
                ("tallied", t.Result is not null),
                ("skipped", t.Skipped),
                ("status", t.Result?.StatusText),
                ("approve", t.Result?.Approve),
                ("decline", t.Result?.Decline),
                ("abstain", t.Result?.Abstain),
                ("yet_to_vote", t.Result?.YetToVote.Count),
                ("outcome", t.Result is { OutcomeText.Length: > 0 } r ? r.OutcomeText : "—"),
                ("writes", t.Writes.Select(w => w.Description)),
                // The marker and the stored state are for the automation, not for people reading the summary.
                ("comment", t.Result?.TallyComment is { } comment ? HiddenMarker.WithoutMarkers(comment) : null))),
        }), addEol: false);
    }
}
