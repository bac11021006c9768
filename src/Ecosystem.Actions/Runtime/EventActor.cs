namespace Ecosystem.Actions.Runtime;

/// <summary>A user in a payload: <c>login</c> and <c>type</c> (<c>User</c>, <c>Bot</c>, <c>Organization</c>).</summary>
public sealed record EventActor(string Login, string Type)
{
    public bool IsBot => string.Equals(Type, "Bot", StringComparison.Ordinal);
}
