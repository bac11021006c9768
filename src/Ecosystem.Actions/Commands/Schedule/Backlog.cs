using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Actions.Commands.Schedule;

/// <summary>
/// The open issues as read once at the start of a run: the applications as the queue sees them, the comments read
/// on the way (so the applier need not read them again) and the automation's agenda issues.
/// </summary>
public sealed record Backlog(
    IReadOnlyDictionary<int, IssueSnapshot> Issues,
    IReadOnlyList<QueueCandidate> Candidates,
    IReadOnlyDictionary<int, IReadOnlyList<CommentSnapshot>> Comments,
    IReadOnlyList<IssueSnapshot> AgendaIssues);
