namespace Ecosystem.Domain.Guardians;

/// <summary>One <c>closed</c> or <c>reopened</c> event from an issue's timeline: while closed, the issue waits on nobody.</summary>
public sealed record StateEvent(bool Closed, DateTimeOffset At);
