namespace Ecosystem.GitHub.GraphQL;

/// <summary>GitHub answered a GraphQL request (often with HTTP 200) with errors the caller cannot accept.</summary>
public sealed class GitHubGraphQLException(string message, Exception? innerException = null) : Exception(message, innerException);
