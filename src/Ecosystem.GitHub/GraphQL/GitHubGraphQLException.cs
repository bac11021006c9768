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

    public GitHubGraphQLException(string operation, IReadOnlyList<GraphQLError> errors, string? requestId = null)
        : base($"GitHub GraphQL {operation} failed with {errors.Count} error(s): " + string.Join("; ", errors)
            + (requestId is null ? string.Empty : $" (request id {requestId}). A rerun is safe, and fails the same way until the cause above is fixed."))
    {
        Errors = errors;
        RequestId = requestId;
    }

    /// <summary>GitHub's <c>X-GitHub-Request-Id</c> of the answer, when it gave one.</summary>
    public string? RequestId { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
