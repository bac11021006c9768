namespace Ecosystem.TestServer.Faults;

public sealed record OtherWriteFirstFault(Action Write) : Fault;
