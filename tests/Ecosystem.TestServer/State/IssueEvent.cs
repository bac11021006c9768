namespace Ecosystem.TestServer.State;

/// <summary>An issue event: <c>labeled</c>, <c>unlabeled</c>, <c>closed</c> or <c>reopened</c>.</summary>
public sealed record IssueEvent(long Id, string NodeId, string Event, string Actor, string? LabelName, string? StateReason, DateTimeOffset CreatedAt);
