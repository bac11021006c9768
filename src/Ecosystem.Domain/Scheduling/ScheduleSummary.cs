using System.Globalization;
using System.Text;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Scheduling;

/// <summary>The step summary of a <c>schedule</c> run: what happened, warnings, the batch, the forecast and who is held back.</summary>
public static class ScheduleSummary
{
    public static string Render(SchedulePlan plan, TimeZoneInfo zone) =>
        Template.Load("schedule-summary").Render(new Dictionary<string, object?>
        {
            ["today"] = SessionText.Date(plan.Today) + " (" + zone.Id + ")",
            ["status"] = Status(plan, zone),
            ["warnings"] = plan.Warnings.Count == 0
                ? string.Empty
                : "\n" + string.Join("\n\n", plan.Warnings.Select(w => "> [!WARNING]\n> " + MarkdownText.Inline(w, 500))) + "\n",
            ["batch"] = Batch(plan),
            ["forecast_table"] = plan.Forecast.ToMarkdownTable(),
            ["forecast_chart"] = plan.Forecast.ToMermaid(),
            ["held_back"] = plan.HeldBack.Count == 0
                ? "_None._"
                : string.Join("\n", plan.HeldBack.Select(h => $"- [#{h.IssueNumber.ToString(CultureInfo.InvariantCulture)}]({h.Url}) {MarkdownText.Inline(h.Title, 120)}: {MarkdownText.Inline(h.Reason, 300)}")),
        });

    private static string Status(SchedulePlan plan, TimeZoneInfo zone)
    {
        if (plan.Target is not { } target)
        {
            return "No review session to schedule for.";
        }

        var when = $"The target is the review session on **{SessionText.When(target, zone)}**, in {Days(plan.DaysUntilSession ?? 0)}.";
        if (!plan.WindowOpen)
        {
            return when + " Its batch is filled once the session is within the lead time; nothing moves yet.";
        }

        var added = plan.Batch.Count(b => b.Change == BatchChange.Added);
        return when + (plan.IsEmpty
            ? " The batch is up to date; nothing changes."
            : $" This run schedules {added} application(s) from the backlog and updates {plan.IssuePlans.Count} issue(s).");
    }

    private static string Batch(SchedulePlan plan)
    {
        if (plan.Batch.Count == 0)
        {
            return "_No application is scheduled for the target session._";
        }

        var sb = new StringBuilder("| Order | Application | Change |\n|---:|---|---|\n");
        for (var i = 0; i < plan.Batch.Count; i++)
        {
            var member = plan.Batch[i];
            sb.Append(CultureInfo.InvariantCulture, $"| {i + 1} | [#{member.Application.Number}]({member.Application.Url}) {MarkdownText.TableCell(member.Application.Title, 120)} | {Describe(member.Change)} |\n");
        }

        return sb.ToString().TrimEnd('\n');
    }

    private static string Describe(BatchChange change) => change switch
    {
        BatchChange.Added => "added from the backlog",
        BatchChange.Adopted => "labelled by hand, now recorded",
        BatchChange.Moved => "moved from a skipped session",
        _ => "already scheduled",
    };

    private static string Days(int days) => days switch
    {
        0 => "today",
        1 => "1 day",
        _ => days.ToString(CultureInfo.InvariantCulture) + " days",
    };
}
