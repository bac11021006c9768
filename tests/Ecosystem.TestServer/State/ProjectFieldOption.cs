namespace Ecosystem.TestServer.State;

public sealed record ProjectFieldOption(string Id, string Name);
