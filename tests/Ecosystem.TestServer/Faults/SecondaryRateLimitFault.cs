namespace Ecosystem.TestServer.Faults;

public sealed record SecondaryRateLimitFault(int? RetryAfterSeconds) : Fault;
