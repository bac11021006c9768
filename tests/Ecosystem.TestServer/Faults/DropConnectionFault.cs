namespace Ecosystem.TestServer.Faults;

public sealed record DropConnectionFault : Fault;
