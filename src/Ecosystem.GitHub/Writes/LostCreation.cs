using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;
using Ecosystem.GitHub.Http;
using Octokit;

namespace Ecosystem.GitHub.Writes;

/// <summary>
/// Creates a comment or an issue at most once although GitHub may apply a POST and lose its answer (a 502/503/504 from
/// a proxy, a timeout, a dropped connection), which the resilience handler therefore does not resend: the creation is
/// looked for first and adopted when found, and sent again only when GitHub has none.
/// </summary>
internal sealed class LostCreation(GitHubGatewayOptions options)
{
    public async Task<T> CreateAsync<T>(Func<Task<T>> create, Func<Task<T?>> findCreated)
        where T : class
    {
        var resilience = options.Resilience;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await create();
            }
            catch (Exception exception) when (attempt < resilience.MaxRetries && !options.Cancellation.IsCancellationRequested && MayHaveBeenApplied(exception))
            {
                await Task.Delay(GitHubRetryRules.Backoff(resilience, attempt), options.Time, options.Cancellation);
                if (await findCreated() is { } created)
                {
                    return created;
                }
            }
        }
    }

    /// <summary>The request may have reached GitHub and been applied, but its answer did not come back.</summary>
    internal static bool MayHaveBeenApplied(Exception exception) => exception switch
    {
        ApiException api => GitHubRetryRules.IsServerError(api.StatusCode),
        HttpRequestException or IOException or TimeoutException or TaskCanceledException => true,
        _ => false,
    };

    /// <summary>The comment <paramref name="body"/> would have made: its marker's purpose, else the same text.</summary>
    public static bool SameComment(string existing, string body) =>
        HiddenMarker.PurposeOf(body) is { } purpose
            ? HiddenMarker.PurposeOf(existing) == purpose
            : SameText.As(existing, body);

    /// <summary>The issue <paramref name="request"/> would have made: the same title (and marker, when the body has one).</summary>
    public static bool SameIssue(IssueSnapshot existing, IssueDraft request) =>
        string.Equals(existing.Title, request.Title, StringComparison.Ordinal)
        && HiddenMarker.PurposeOf(existing.Body) == HiddenMarker.PurposeOf(request.Body);
}
