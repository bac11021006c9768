namespace Ecosystem.Domain.Guardians;

/// <summary>
/// One <c>labeled</c> or <c>unlabeled</c> event from an issue's timeline. <see cref="ActorIsBot"/> is informational:
/// only the automation's own login and the configured bots are trusted, other apps are reverted like people.
/// </summary>
public sealed record LabelEvent(string Label, bool Added, string Actor, bool ActorIsBot, DateTimeOffset At);
