namespace Ecosystem.GitHub.Tests.Fakes;

/// <summary>A request as it reached the transport.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Body, string? ContentType, string? Authorization, string? UserAgent)
{
    public bool IsWrite => Method != HttpMethod.Get && !(Uri.AbsolutePath.EndsWith("/graphql", StringComparison.Ordinal) && Body?.Contains("\"query\":\"query", StringComparison.Ordinal) == true);

    public string PathAndQuery => Uri.PathAndQuery;
}
