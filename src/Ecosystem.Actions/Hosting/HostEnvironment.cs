using Ecosystem.GitHub.Http;

namespace Ecosystem.Actions.Hosting;

/// <summary>
/// Everything the program takes from the process, so that tests run it in-process with their own environment, writers
/// (<c>Stderr</c> for usage messages alone), clock, HTTP handler (null: the network stack) and retry settings (null: the
/// production ones). <c>GitHubClock</c>, the clock GitHub calls wait and time out on, is the program's unless given: tests
/// that fix the program's clock with a fake give a real one here, as a back-off on a fake clock never elapses.
/// </summary>
public sealed record HostEnvironment(
    IReadOnlyDictionary<string, string?> Environment,
    TextWriter Stdout,
    TextWriter Stderr,
    TimeProvider TimeProvider,
    Func<HttpMessageHandler>? HttpMessageHandlerFactory = null,
    GitHubResilienceOptions? GitHubResilience = null,
    TimeProvider? GitHubClock = null);
