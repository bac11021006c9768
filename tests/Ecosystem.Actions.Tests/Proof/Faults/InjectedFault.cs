using Ecosystem.TestServer.Faults;

namespace Ecosystem.Actions.Tests.Proof.Faults;

/// <summary>A kind of failure GitHub (or the network to it) shows a client, as the test server injects it.</summary>
/// <remarks>
/// <c>Stalls</c>: the fault holds the answer back until the client gives up. Only then does the faulted run need
/// <see cref="FaultProof.FaultedResilience"/>'s short attempt timeout; every other fault is answered at once, and a
/// generous timeout keeps a busy machine from adding a timeout of its own (and moving the fault to another request).
/// </remarks>
public sealed record InjectedFault(string Name, Func<Fault> Make, bool Stalls = false)
{
    /// <summary>Longer than <see cref="FaultProof.FaultedResilience"/>'s attempt timeout, so the client gives up first.</summary>
    public static readonly TimeSpan ServerStall = TimeSpan.FromSeconds(3);

    public static InjectedFault BadGateway { get; } = new("502", () => Fault.Status(502, "Bad Gateway"));

    /// <summary>The server answers (and applies a write) only after the client gave up on the attempt.</summary>
    public static InjectedFault Timeout { get; } = new("timeout", () => Fault.Delay(ServerStall), Stalls: true);

    public static InjectedFault DroppedConnection { get; } = new("dropped connection", Fault.DropConnection);

    /// <summary>403 secondary rate limit with <c>retry-after: 0</c>, so the honoured wait costs nothing.</summary>
    public static InjectedFault SecondaryRateLimit { get; } = new("secondary rate limit", () => Fault.SecondaryRateLimit(0));

    /// <summary>GitHub applies the request, then a proxy answers 502: a create must not be made twice (issue 15).</summary>
    public static InjectedFault AppliedAnswerLost { get; } = new("applied, answer lost (502)", () => Fault.AppliedThenStatus(502));

    /// <summary>A refusal no retry overcomes: the run stops between two writes.</summary>
    public static InjectedFault Refused { get; } = new("422", () => Fault.Status(422, "Validation Failed"));

    public static IReadOnlyList<InjectedFault> All { get; } = [BadGateway, Timeout, DroppedConnection, SecondaryRateLimit, AppliedAnswerLost];

    public override string ToString() => Name;
}
