namespace Ecosystem.GitHub.Http;

/// <summary>
/// A request to GitHub failed. The message names the operation (and with it the issue), GitHub's status and request id
/// (<c>X-GitHub-Request-Id</c>, which GitHub's support asks for), and whether running the command again is safe and useful.
/// </summary>
public sealed class GitHubRequestException : Exception
{
    public GitHubRequestException()
    {
    }

    public GitHubRequestException(string message)
        : base(message)
    {
    }

    public GitHubRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GitHubRequestException(string operation, int? status, string? requestId, string message, Exception innerException)
        : base(message, innerException)
    {
        Operation = operation;
        Status = status;
        RequestId = requestId;
    }

    /// <summary>What was asked of GitHub, e.g. <c>create a comment on #12</c>.</summary>
    public string Operation { get; } = string.Empty;

    /// <summary>GitHub's HTTP status; null when no answer came.</summary>
    public int? Status { get; }

    /// <summary>GitHub's <c>X-GitHub-Request-Id</c> of the failed answer, when there was one.</summary>
    public string? RequestId { get; }
}
