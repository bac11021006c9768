using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Tests.Scheduling;

/// <summary>Builds queue candidates and replays plans onto them, the way the host would apply them to GitHub.</summary>
internal static class Applications
{
    public const string Repository = "https://github.com/pytorch-fdn/ecosystem";

    public static QueueCandidate Ready(int number, params string[] extraLabels) =>
        new(new IssueSnapshot(number, $"[Ecosystem] Project {number}", "body", "applicant", true, ["New", .. extraLabels],
            Calendars.At("2026-10-01T00:00Z").AddHours(number), null, $"{Repository}/issues/{number}"))
        {
            IntakeComplete = true,
            IntakeVerdict = "complete",
        };

    public static QueueCandidate With(this QueueCandidate application, params string[] labels) =>
        application.WithIssue(i => i with { Labels = [.. i.Labels, .. labels] });

    public static QueueCandidate WithIssue(this QueueCandidate application, Func<IssueSnapshot, IssueSnapshot> change) =>
        application with { Issue = change(application.Issue) };

    /// <summary>Applies the plan's label changes and comments, as the host would, and returns the next night's input.</summary>
    public static List<QueueCandidate> Apply(IReadOnlyList<QueueCandidate> before, SchedulePlan plan)
    {
        var plans = plan.IssuePlans.ToDictionary(p => p.IssueNumber);
        return [.. before.Select(a =>
        {
            if (!plans.TryGetValue(a.Issue.Number, out var p))
            {
                return a;
            }

            var comment = p.Comments.SingleOrDefault(c => c.Purpose == ReviewSessionNotice.Purpose);
            var queue = p.Comments.SingleOrDefault(c => c.Purpose == QueuePositionNotice.Purpose);
            return a with
            {
                Issue = a.Issue.WithLabelsOf(p) with
                {
                    Assignees = [.. a.Issue.Assignees.Except(p.RemoveAssignees, StringComparer.OrdinalIgnoreCase),
                        .. p.AddAssignees.Except(a.Issue.Assignees, StringComparer.OrdinalIgnoreCase)],
                },
                ScheduledSession = comment is null ? a.ScheduledSession : ReviewSessionNotice.SessionDateIn(comment.Body),
                SessionNotice = comment is null ? a.SessionNotice : OwnComments.Of(
                    [new CommentSnapshot(a.Issue.Number, "bot", true, comment.MarkedBody, default, default, "")], _ => true, _ => true),
                QueueNotice = queue is null || (queue.EditOnly && a.QueueNotice is null) ? a.QueueNotice : queue.MarkedBody,
            };
        })];
    }
}
