using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Status;

/// <summary>
/// One application (open or closed) as the status page reads it: its whole history, and how the queue sees it
/// (<see cref="QueueCandidate.ScheduledSession"/> is the session named in the automation's own comment).
/// </summary>
public sealed record StatusApplication(IssueHistory History, QueueCandidate Candidate);
