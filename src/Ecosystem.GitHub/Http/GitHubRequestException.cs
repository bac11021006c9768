namespace Ecosystem.GitHub.Http;

/// <summary>
/// A request to GitHub failed. The message names the operation (and with it the issue), GitHub's status and request id
/// (<c>X-GitHub-Request-Id</c>, which GitHub's support asks for), and whether running the command again is safe and useful.
/// </summary>
public sealed class GitHubRequestException(string operation, int? status, string? requestId, string message, Exception innerException)
    : Exception(message, innerException)
{
    /// <summary>What was asked of GitHub, e.g. <c>create comment on #12 (intake-report)</c>.</summary>
    public string Operation { get; } = operation;

    /// <summary>GitHub's HTTP status; null when no answer came.</summary>
    public int? Status { get; } = status;

    /// <summary>GitHub's <c>X-GitHub-Request-Id</c> of the failed answer, when there was one.</summary>
    public string? RequestId { get; } = requestId;
}
