namespace Ecosystem.TestServer.Faults;

public sealed record PrimaryRateLimitFault(DateTimeOffset Reset) : Fault;
