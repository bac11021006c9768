namespace Ecosystem.GitHub.Http;

/// <summary>GitHub refuses more requests for longer than the automation is willing to wait; the message says until when.</summary>
public sealed class GitHubRateLimitException(string message) : Exception(message);
