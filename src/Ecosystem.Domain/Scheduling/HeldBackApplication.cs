namespace Ecosystem.Domain.Scheduling;

/// <summary>An application kept out of the queue, and why (for the step summary).</summary>
public sealed record HeldBackApplication(int IssueNumber, string Title, string Url, string Reason);
