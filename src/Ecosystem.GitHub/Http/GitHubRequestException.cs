namespace Ecosystem.GitHub.Http;

/// <summary>
/// A request to GitHub failed. The message names the operation (and with it the issue), GitHub's status and request id
/// (<c>X-GitHub-Request-Id</c>, which GitHub's support asks for), and whether running the command again is safe and useful.
/// </summary>
public sealed class GitHubRequestException(int? status, string? requestId, string message, Exception innerException)
    : Exception(message, innerException)
{
    /// <summary>GitHub's HTTP status; null when no answer came.</summary>
    public int? Status { get; } = status;

    /// <summary>GitHub's <c>X-GitHub-Request-Id</c> of the failed answer, when there was one.</summary>
    public string? RequestId { get; } = requestId;
}
