namespace Ecosystem.GitHub.Http;

/// <summary>GitHub refuses more requests for longer than the automation is willing to wait.</summary>
public sealed class GitHubRateLimitException : Exception
{
    public GitHubRateLimitException()
    {
    }

    public GitHubRateLimitException(string message)
        : base(message)
    {
    }

    public GitHubRateLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GitHubRateLimitException(string message, DateTimeOffset? resetsAt)
        : base(message)
    {
        ResetsAt = resetsAt;
    }

    /// <summary>When GitHub said the limit resets, if it said.</summary>
    public DateTimeOffset? ResetsAt { get; }
}
