using Ecosystem.TestServer.State;

namespace Ecosystem.Benchmarks;

/// <summary>
/// One command on seeded state of a given size. <see cref="Seed"/> fills the server and says how the program is
/// started; <see cref="LowerBound"/> is the least requests any implementation needs for that work, derived from
/// GitHub's page size of 100.
/// </summary>
internal sealed record Scenario(
    string Command,
    Func<int, string> Describe,
    Func<GitHubState, int, DateTimeOffset, Invocation> Seed,
    Func<int, string> LowerBound);

/// <summary>How the program is started: event, payload, arguments and the configuration file.</summary>
internal sealed record Invocation(string EventName, string Payload, string[] Arguments, string Configuration);
