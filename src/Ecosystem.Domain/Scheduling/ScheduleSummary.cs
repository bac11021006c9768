using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Scheduling;

/// <summary>The step summary of a <c>schedule</c> run: what happened, warnings, the batch, the forecast and who is held back.</summary>
public static class ScheduleSummary
{
    public static string Render(SchedulePlan plan, TimeZoneInfo zone) =>
        Template.Load("schedule-summary").Render(new Dictionary<string, object?>
        {
            ["today"] = SessionText.Date(plan.Today) + " (" + zone.Id + ")",
            ["when_text"] = plan.Target is { } target ? SessionText.When(target, zone) : null,
            ["days"] = plan.DaysUntilSession ?? 0,
            ["window_open"] = plan.WindowOpen,
            ["added"] = plan.Batch.Count(b => b.Change == BatchChange.Added),
            ["updated"] = plan.IssuePlans.Count,
            ["warnings"] = plan.Warnings,
            ["batch"] = plan.Batch.Select(b => Template.Record(
                ("number", b.Application.Number), ("url", b.Application.Url), ("title", b.Application.Title), ("change", b.Change.ToString()))),
            ["queue"] = plan.Forecast.Queue.Take(QueueForecast.TableRows).Select(e => Template.Record(
                ("place", e.Position), ("number", e.IssueNumber), ("url", e.Url), ("title", e.Title), ("expected", e.ExpectedSession is { } d ? SessionText.Date(d) : null))),
            ["queue_more"] = Math.Max(0, plan.Forecast.Queue.Count - QueueForecast.TableRows),
            // The chart (six sessions at most) names issue numbers only: Mermaid has no escaping that survives every
            // renderer, and titles are the applicants' text.
            ["sessions"] = plan.Forecast.Sessions.Select(s => Template.Record(("date", SessionText.Date(s.Date)), ("scheduled", s.Scheduled), ("expected", s.Expected))),
            ["held_back"] = plan.HeldBack.Select(h => Template.Record(("number", h.IssueNumber), ("url", h.Url), ("title", h.Title), ("reason", h.Reason))),
        });
}
