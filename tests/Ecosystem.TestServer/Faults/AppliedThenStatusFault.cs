namespace Ecosystem.TestServer.Faults;

public sealed record AppliedThenStatusFault(int StatusCode) : Fault;
