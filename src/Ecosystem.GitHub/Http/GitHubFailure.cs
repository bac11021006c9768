using System.Globalization;
using Ecosystem.GitHub.GraphQL;
using Octokit;

namespace Ecosystem.GitHub.Http;

/// <summary>
/// Turns what Octokit and the transport throw ("Server Error", "An error occurred while sending the request") into a
/// <see cref="GitHubRequestException"/> that says which request failed, how, and what a rerun would do.
/// </summary>
public static class GitHubFailure
{
    /// <summary>
    /// Whether <paramref name="exception"/> ends the whole run (the job was cancelled, or GitHub refuses requests for longer
    /// than the automation waits); any other failure concerns one item, which the caller reports before going on.
    /// </summary>
    public static bool StopsTheRun(Exception exception) => exception is OperationCanceledException or GitHubRateLimitException;

    /// <summary>Runs <paramref name="request"/>; a failure comes out described (rate limits and cancellation unchanged).</summary>
    internal static async Task<T> DescribeAsync<T>(string operation, bool isWrite, Func<Task<T>> request)
    {
        try
        {
            return await request();
        }
        catch (Exception exception) when (Describe(operation, isWrite, exception) is { } described)
        {
            throw described;
        }
    }

    /// <summary>The described failure, or null for what already explains itself (rate limits, cancellation, GraphQL errors).</summary>
    private static GitHubRequestException? Describe(string operation, bool isWrite, Exception exception) => exception switch
    {
        GitHubRequestException or GitHubRateLimitException or GitHubGraphQLException or OperationCanceledException { InnerException: not TimeoutException } => null,
        ApiException api => new(Answered(api, operation) + Advice((int)api.StatusCode, isWrite), exception),
        HttpRequestException or IOException or TimeoutException or OperationCanceledException =>
            new($"No answer from GitHub to: {operation} ({exception.Message}). " + Advice(null, isWrite), exception),
        _ => null,
    };

    private static string Answered(ApiException api, string operation) => string.Create(
        CultureInfo.InvariantCulture,
        $"GitHub answered {(int)api.StatusCode} ({(api.ApiError?.Message is { Length: > 0 } said ? said : api.Message)}) to: {operation} (request id {RequestIdOf(api.HttpResponse) ?? "not given"}). ");

    internal static string? RequestIdOf(IResponse? response) =>
        response?.Headers is { } headers
            ? headers.FirstOrDefault(h => string.Equals(h.Key, "X-GitHub-Request-Id", StringComparison.OrdinalIgnoreCase)).Value
            : null;

    /// <summary>What a rerun would do after an answer with <paramref name="status"/> (null: none came), and what to change first.</summary>
    internal static string Advice(int? status, bool isWrite) => status switch
    {
        401 => "The token was refused; a rerun fails the same way until the workflow's token is valid.",
        403 => "The token may not do this; a rerun fails the same way until it has the permission (see the README, \"Tokens and permissions\").",
        404 => "GitHub does not know it, or hides it from this token; a rerun fails the same way unless the item or the token's access changes.",
        410 or 422 => "GitHub refused the request as it stands; a rerun fails the same way.",
        _ when isWrite => "GitHub may or may not have applied this write. A rerun is safe: it reads GitHub again, writes only what is still missing and removes its own duplicates.",
        _ => "Nothing was written by this request. A rerun is safe.",
    };
}
