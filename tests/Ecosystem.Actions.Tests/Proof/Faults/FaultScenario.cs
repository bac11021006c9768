using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.TestServer;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Proof.Faults;

/// <summary>
/// One command run to prove under faults: the GitHub world before it (<see cref="Seed"/>, applied to a fresh state for
/// every run), the event that triggers it and the command line. <see cref="Prepare"/> sets up the checkout
/// (configuration, issue form) and inputs.
/// </summary>
public sealed record FaultScenario(string Name, Action<GitHubState> Seed, string EventName, Func<GitHubState, object> Payload, params string[] Args)
{
    public static readonly DateTimeOffset DefaultNow = World.Now;

    /// <summary>Sets up the checkout and inputs; the server is there for addresses (e.g. package indexes).</summary>
    public Action<ActionRun, TestGitHubServer>? Prepare { get; init; }

    /// <summary>The commands the program knows; null is the real catalog.</summary>
    public CommandCatalog? Catalog { get; init; }

    public string Owner { get; init; } = "pytorch-fdn";

    public string Repository { get; init; } = "ecosystem";

    /// <summary>The program's (fake) clock and the server's; HTTP waits run on the real clock.</summary>
    public DateTimeOffset Now { get; init; } = DefaultNow;

    public override string ToString() => Name;
}
