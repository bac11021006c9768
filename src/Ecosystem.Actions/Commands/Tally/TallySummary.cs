using System.Globalization;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Text;

namespace Ecosystem.Actions.Commands.Tally;

/// <summary>The job summary of a tally run: one row per issue, then the tally itself as posted on each issue.</summary>
public static class TallySummary
{
    public static void Write(StepSummary summary, IReadOnlyList<IssueTally> tallies, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(tallies);
        summary.AddHeading("Vote tally", 2);
        if (tallies.Count == 0)
        {
            summary.AddMarkdown("No application is in voting or in review: nothing to tally.");
            summary.AddEol();
            return;
        }

        var changes = dryRun ? "Would change" : "Changed";
        var rows = new List<string>
        {
            $"| Issue | Status | Approve | Decline | Abstain | Yet to vote | Outcome | {changes} |",
            "|---|---|---:|---:|---:|---:|---|---|",
        };
        foreach (var tally in tallies)
        {
            var issue = $"[#{tally.Issue.Number}]({tally.Issue.HtmlUrl}) {MarkdownText.TableCell(tally.Issue.Title, 80)}";
            rows.Add(tally.Result is { } result
                ? $"| {issue} | {result.StatusText} | {Number(result.Approve)} | {Number(result.Decline)} | {Number(result.Abstain)} | {Number(result.YetToVote.Count)} | {(result.OutcomeText.Length > 0 ? result.OutcomeText : "—")} | {Changes(tally)} |"
                : $"| {issue} | skipped: {MarkdownText.TableCell(tally.Skipped)} | | | | | | nothing |");
        }

        summary.AddMarkdown(string.Join("\n", rows));
        summary.AddEol();
        foreach (var tally in tallies.Where(t => t.Result?.TallyComment is not null))
        {
            summary.AddHeading($"#{tally.Issue.Number.ToString(CultureInfo.InvariantCulture)} {MarkdownText.Inline(tally.Issue.Title, 80)}", 3);
            summary.AddMarkdown(HiddenMarker.WithoutMarkers(tally.Result!.TallyComment!));
            summary.AddEol();
        }
    }

    private static string Changes(IssueTally tally) =>
        tally.Writes.Count == 0 ? "nothing" : string.Join("<br>", tally.Writes.Select(w => MarkdownText.TableCell(w.Description)));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
