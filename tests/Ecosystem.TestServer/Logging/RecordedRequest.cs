namespace Ecosystem.TestServer.Logging;

/// <summary>
/// One request as the server saw it. <see cref="Path"/> is the raw request path (REST under <c>/api/v3/</c>);
/// <see cref="Token"/> is the credential sent in <c>Authorization</c> (without its scheme), null when none was sent.
/// <see cref="GraphQLOperation"/> is <c>query</c> or <c>mutation</c> for GraphQL requests; <see cref="Fault"/> names an injected fault.
/// </summary>
public sealed record RecordedRequest(
    long Sequence,
    string Method,
    string Path,
    string QueryString,
    string? Body,
    int Status,
    string? Token,
    string? GraphQLOperation,
    string? GraphQLDocument,
    string? Fault)
{
    public bool IsGraphQL => GraphQLOperation is not null || Path.EndsWith("/graphql", StringComparison.Ordinal);

    /// <summary>True for REST calls other than GET and for GraphQL mutations: what changes GitHub.</summary>
    public bool IsWrite => IsGraphQL ? GraphQLOperation == "mutation" : !HttpMethodsEqual(Method, "GET") && !HttpMethodsEqual(Method, "HEAD");

    private static bool HttpMethodsEqual(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
