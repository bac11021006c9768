namespace Ecosystem.TestServer.State;

/// <summary>GitHub's account types, as the REST <c>type</c> field spells them.</summary>
public enum UserKind
{
    User,
    Bot,
    Organization,
}
