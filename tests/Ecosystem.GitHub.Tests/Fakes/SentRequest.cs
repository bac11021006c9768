namespace Ecosystem.GitHub.Tests.Fakes;

/// <summary>
/// A request as it reached <see cref="ScriptedHandler"/>, the transport of the HTTP pipeline's unit tests; end-to-end
/// tests read the test server's own log (<c>Ecosystem.TestServer.Logging.RecordedRequest</c>) instead.
/// </summary>
internal sealed record SentRequest(HttpMethod Method, Uri Uri, string? Body, string? ContentType, string? Authorization, string? UserAgent)
{
    public bool IsWrite => Method != HttpMethod.Get && !(Uri.AbsolutePath.EndsWith("/graphql", StringComparison.Ordinal) && Body?.Contains("\"query\":\"query", StringComparison.Ordinal) == true);

    public string PathAndQuery => Uri.PathAndQuery;

    /// <summary>GraphQL <c>viewer</c>: who the automation is, read once per gateway.</summary>
    public bool IsViewer => Body?.Contains("query Viewer", StringComparison.Ordinal) == true;
}
