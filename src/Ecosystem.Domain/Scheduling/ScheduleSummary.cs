using System.Globalization;
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
            ["warnings"] = plan.Warnings,
            ["batch"] = plan.Batch.Select(b => Template.Record(
                ("number", b.Application.Number), ("url", b.Application.Url), ("title", b.Application.Title), ("change", Describe(b.Change)))),
            ["queue"] = plan.Forecast.Queue.Take(QueueForecast.TableRows).Select(e => Template.Record(
                ("place", e.Position), ("number", e.IssueNumber), ("url", e.Url), ("title", e.Title), ("expected", e.ExpectedSession is { } d ? SessionText.Date(d) : null))),
            ["queue_more"] = Math.Max(0, plan.Forecast.Queue.Count - QueueForecast.TableRows),
            // The chart (six sessions at most) names issue numbers only: Mermaid has no escaping that survives every
            // renderer, and titles are the applicants' text.
            ["sessions"] = plan.Forecast.Sessions.Select(s => Template.Record(("date", SessionText.Date(s.Date)), ("scheduled", s.Scheduled), ("expected", s.Expected))),
            ["held_back"] = plan.HeldBack.Select(h => Template.Record(("number", h.IssueNumber), ("url", h.Url), ("title", h.Title), ("reason", h.Reason))),
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
