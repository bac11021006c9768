namespace Ecosystem.TestServer.State;

public sealed record Label(long Id, string NodeId, string Name, string Color, string? Description);
