namespace Ecosystem.TestServer.Faults;

public sealed record StatusFault(int StatusCode, string Message) : Fault;
