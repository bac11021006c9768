namespace Ecosystem.TestServer.Faults;

public sealed record GraphQLRateLimitFault(DateTimeOffset Reset) : Fault;
