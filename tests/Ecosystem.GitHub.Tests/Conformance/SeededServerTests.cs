using Ecosystem.TestServer;

namespace Ecosystem.GitHub.Tests.Conformance;

/// <summary>Tests that talk plain HTTP to a freshly seeded test server, one per test.</summary>
public abstract class SeededServerTests
{
    protected TestGitHubServer Server { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    [TestInitialize]
    public async Task StartServer()
    {
        Server = await SeededServer.StartAsync();
        Http = SeededServer.Rest(Server);
    }

    [TestCleanup]
    public async Task StopServer()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
