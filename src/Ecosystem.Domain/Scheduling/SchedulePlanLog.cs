using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Scheduling;

/// <summary>The run log of a <see cref="SchedulePlan"/> (the <c>schedule-log</c> template): the target session, the batch with its reviewers, the head of the queue.</summary>
public static class SchedulePlanLog
{
    /// <summary>The log's lines, without a line feed after the last.</summary>
    public static string Log(this SchedulePlan plan, TimeZoneInfo zone) =>
        Template.Load("schedule-log").Render(new Dictionary<string, object?>
        {
            ["date"] = plan.Target is { } target ? SessionText.Date(target.Date) : null,
            ["zone"] = zone.Id,
            ["days"] = plan.DaysUntilSession,
            ["window_open"] = plan.WindowOpen,
            ["batch"] = plan.Batch.Select(b => Template.Record(
                ("number", b.Application.Number),
                ("title", b.Application.Title),
                ("change", b.Change.ToString().ToLowerInvariant()),
                ("reviewers", plan.Assignments.FirstOrDefault(a => a.IssueNumber == b.Application.Number)?.Reviewers ?? b.Application.Assignees))),
            ["queue_size"] = plan.Forecast.Queue.Count,
            ["queue"] = plan.Forecast.Queue.Take(QueueForecast.TableRows).Select(e => Template.Record(
                ("place", e.Position), ("number", e.IssueNumber), ("expected", e.ExpectedSession is { } d ? SessionText.Date(d) : null))),
        }).TrimEnd('\n');
}
