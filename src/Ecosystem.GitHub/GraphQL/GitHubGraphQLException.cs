namespace Ecosystem.GitHub.GraphQL;

/// <summary>GitHub answered a GraphQL request (often with HTTP 200) with errors the caller cannot accept.</summary>
public sealed class GitHubGraphQLException : Exception
{
    public GitHubGraphQLException()
    {
        Errors = [];
    }

    public GitHubGraphQLException(string message)
        : base(message)
    {
        Errors = [];
    }

    public GitHubGraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public GitHubGraphQLException(string operation, IReadOnlyList<GraphQLError> errors)
        : base($"GitHub GraphQL {operation} failed with {errors.Count} error(s): " + string.Join("; ", errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
