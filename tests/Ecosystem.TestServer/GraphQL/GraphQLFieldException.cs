namespace Ecosystem.TestServer.GraphQL;

/// <summary>An error resolving one field: the field becomes null and GitHub's error (<c>type</c>, <c>path</c>, <c>message</c>) is reported.</summary>
internal sealed class GraphQLFieldException(string type, string message) : Exception(message)
{
    public string Type { get; } = type;

    public static GraphQLFieldException NotFound(string message) => new("NOT_FOUND", message);
}
