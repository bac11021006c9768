namespace Ecosystem.GitHub.GraphQL;

/// <summary>GitHub answered a GraphQL request (often with HTTP 200) with errors the caller cannot accept.</summary>
public sealed class GitHubGraphQLException : Exception
{
    public GitHubGraphQLException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public GitHubGraphQLException(string operation, IReadOnlyList<GraphQLError> errors, string? requestId)
        : base($"GitHub GraphQL {operation} failed with {errors.Count} error(s): " + string.Join("; ", errors)
            + (requestId is null ? string.Empty : $" (request id {requestId}). A rerun is safe, and fails the same way until the cause above is fixed."))
    {
        Errors = errors;
        RequestId = requestId;
    }

    /// <summary>GitHub's <c>X-GitHub-Request-Id</c> of the answer, when it gave one.</summary>
    public string? RequestId { get; }

    public IReadOnlyList<GraphQLError> Errors { get; } = [];
}
