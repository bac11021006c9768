namespace Ecosystem.Domain.Guardians;

/// <summary>One <c>labeled</c> or <c>unlabeled</c> event from an issue's timeline.</summary>
public sealed record LabelEvent(string Label, bool Added, string Actor, bool ActorIsBot, DateTimeOffset At);
