using Octokit;
using Octokit.Internal;

namespace Ecosystem.GitHub.Http;

/// <summary>
/// Octokit's <see cref="HttpClientAdapter"/> over our handler chain, minus Octokit's fixed 100-second
/// limit per call: that limit would cut off a rate-limit wait. Each attempt is limited by
/// <see cref="GitHubResilienceOptions.AttemptTimeout"/> in <see cref="GitHubRetryRules"/> instead.
/// </summary>
internal sealed class ResilientOctokitHttpClient : IHttpClient
{
    private readonly HttpClientAdapter _adapter;

    public ResilientOctokitHttpClient(HttpMessageHandler handler)
    {
        _adapter = new HttpClientAdapter(() => handler);
        _adapter.SetRequestTimeout(Timeout.InfiniteTimeSpan);
    }

    public Task<IResponse> Send(IRequest request, CancellationToken cancellationToken, Func<object, object>? preprocessResponseBody = null)
    {
        if (request is Request octokitRequest)
        {
            // Zero means "no per-call limit" to HttpClientAdapter.
            octokitRequest.Timeout = TimeSpan.Zero;
        }

        return _adapter.Send(request, cancellationToken, preprocessResponseBody!);
    }

    public void SetRequestTimeout(TimeSpan timeout) => _adapter.SetRequestTimeout(timeout);

    public void Dispose() => _adapter.Dispose();
}
