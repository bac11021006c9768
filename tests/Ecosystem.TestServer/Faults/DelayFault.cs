namespace Ecosystem.TestServer.Faults;

public sealed record DelayFault(TimeSpan Duration) : Fault;
