namespace Ecosystem.TestServer.Faults;

public sealed record TooManyRequestsFault(int? RetryAfterSeconds) : Fault;
