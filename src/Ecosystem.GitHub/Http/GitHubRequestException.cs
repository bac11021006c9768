namespace Ecosystem.GitHub.Http;

/// <summary>
/// A request to GitHub failed. The message names the operation (and with it the issue), GitHub's status and request id
/// (<c>X-GitHub-Request-Id</c>, which GitHub's support asks for), and whether running the command again is safe and useful.
/// </summary>
public sealed class GitHubRequestException(string message, Exception? innerException = null) : Exception(message, innerException);
