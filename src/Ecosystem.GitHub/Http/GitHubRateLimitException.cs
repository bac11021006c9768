namespace Ecosystem.GitHub.Http;

/// <summary>GitHub refuses more requests for longer than the automation is willing to wait.</summary>
public sealed class GitHubRateLimitException(string message, DateTimeOffset? resetsAt = null) : Exception(message)
{
    /// <summary>When GitHub said the limit resets, if it said.</summary>
    public DateTimeOffset? ResetsAt { get; } = resetsAt;
}
