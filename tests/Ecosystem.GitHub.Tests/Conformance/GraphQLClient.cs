using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ecosystem.TestServer;

namespace Ecosystem.GitHub.Tests.Conformance;

/// <summary>Posts GraphQL documents to the test server the way the gateway does.</summary>
internal sealed class GraphQLClient(TestGitHubServer server) : IDisposable
{
    private readonly HttpClient _http = SeededServer.Rest(server);

    public async Task<JsonObject> SendAsync(string query, object? variables = null)
    {
        using var response = await _http.PostAsJsonAsync(server.GraphQLUri, new { query, variables });
        Assert.AreEqual(200, (int)response.StatusCode, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public void Dispose() => _http.Dispose();
}
