namespace Ecosystem.Actions.Runtime;

/// <summary>A user in a payload: <c>login</c>, <c>type</c> and <c>id</c> (<c>User</c>, <c>Bot</c>, <c>Organization</c>).</summary>
public sealed record EventActor(string Login, string Type)
{
    public bool IsBot => string.Equals(Type, "Bot", StringComparison.Ordinal);

    /// <summary>The account's <c>id</c>; 0 when the payload has none.</summary>
    public long Id { get; init; }
}
