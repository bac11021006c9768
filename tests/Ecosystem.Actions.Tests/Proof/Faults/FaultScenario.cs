using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Proof.Faults;

/// <summary>
/// One command run to prove under faults: the world before it (<see cref="Build"/> makes a fresh, unstarted one for
/// every run: GitHub, the checkout, the clock), the event that triggers it and the command line.
/// </summary>
public sealed record FaultScenario(string Name, Func<World> Build, string EventName, Func<GitHubState, object> Payload, params string[] Args)
{
    /// <summary>The program's (fake) clock and the server's; HTTP waits run on the real clock.</summary>
    public static readonly DateTimeOffset DefaultNow = World.Now;

    /// <summary>The commands the program knows; null is the real catalog.</summary>
    public CommandCatalog? Catalog { get; init; }

    public override string ToString() => Name;
}
