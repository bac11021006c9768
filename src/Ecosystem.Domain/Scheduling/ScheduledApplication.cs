namespace Ecosystem.Domain.Scheduling;

/// <summary>One member of the target session's batch, with the labels it will carry once the plan is applied.</summary>
public sealed record ScheduledApplication(QueueCandidate Application, BatchChange Change, IReadOnlyList<string> LabelsAfter);
