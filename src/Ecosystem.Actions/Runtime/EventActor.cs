namespace Ecosystem.Actions.Runtime;

/// <summary>A user in a payload: its <c>login</c>, whether its <c>type</c> is <c>Bot</c>, and its <c>id</c> (0 when the payload has none).</summary>
public sealed record EventActor(string Login, bool IsBot, long Id);
