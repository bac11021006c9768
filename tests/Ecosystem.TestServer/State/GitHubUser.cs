namespace Ecosystem.TestServer.State;

public sealed record GitHubUser(long Id, string NodeId, string Login, UserKind Kind, string? Name, DateTimeOffset CreatedAt);
