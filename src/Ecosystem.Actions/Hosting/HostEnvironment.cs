using Ecosystem.GitHub.Http;

namespace Ecosystem.Actions.Hosting;

/// <summary>
/// Everything the program takes from the process, so that tests run it in-process with their own environment,
/// writers, clock and HTTP handler.
/// </summary>
/// <param name="Environment">The environment variables (inputs, <c>GITHUB_*</c>).</param>
/// <param name="Stdout">Log, workflow commands and, outside Actions, outputs and summary.</param>
/// <param name="Stderr">Usage messages.</param>
/// <param name="TimeProvider">The clock.</param>
/// <param name="HttpMessageHandlerFactory">Makes the handler for GitHub HTTP calls; null uses the default network stack.</param>
/// <param name="GitHubResilience">How GitHub calls are retried and timed out; null keeps the production settings. Tests shorten the waits.</param>
/// <param name="GitHubClock">
/// The clock GitHub calls wait and time out on; null uses <paramref name="TimeProvider"/>. Tests that fix the program's clock
/// with a fake give a real one here, because a back-off or an attempt timeout on a fake clock never elapses.
/// </param>
public sealed record HostEnvironment(
    IReadOnlyDictionary<string, string?> Environment,
    TextWriter Stdout,
    TextWriter Stderr,
    TimeProvider TimeProvider,
    Func<HttpMessageHandler>? HttpMessageHandlerFactory = null,
    GitHubResilienceOptions? GitHubResilience = null,
    TimeProvider? GitHubClock = null);
