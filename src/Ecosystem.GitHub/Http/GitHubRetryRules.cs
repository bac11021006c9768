using System.Globalization;
using System.Net;
using Ecosystem.Domain.Scheduling;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Ecosystem.GitHub.Http;

/// <summary>
/// The Polly pipeline every GitHub request goes through: rate limits waited out (outer), server errors and dropped
/// connections retried with back-off (inner), and each attempt limited in time. All waits on the <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// Most writes are the same when applied twice: adding or removing a label, editing an issue or a comment, deleting a
/// comment, setting a board field. Those are retried like reads (GET, HEAD, GraphQL queries), on any server error or
/// transport failure, so one lost answer cannot leave an issue half-changed. A create (a new comment or issue, marked by
/// <see cref="GitHubRequestGate.IsCreate"/>) is not: sent again after GitHub applied it, it makes a second one. A create
/// is therefore resent here only when the request surely did not reach GitHub (the connection could not be opened);
/// after any other failure the gateway first looks for what it would have created and adopts it (<c>LostCreation</c>).
/// Each rate-limit wait gives the request a fresh budget of retries.
/// </remarks>
internal static class GitHubRetryRules
{
    private static readonly ResiliencePropertyKey<TimeSpan> RateLimitWait = new("ecosystem.rate-limit-wait");

    /// <summary>The whole chain: <see cref="GitHubRequestGate"/> over Polly's pipeline over <paramref name="transport"/>.</summary>
    public static HttpMessageHandler Handler(HttpMessageHandler transport, GitHubGatewayOptions gateway) =>
        new GitHubRequestGate(new ResilienceHandler(Pipeline(gateway)) { InnerHandler = transport }, gateway.Resilience, gateway.Cancellation);

    internal static ResiliencePipeline<HttpResponseMessage> Pipeline(GitHubGatewayOptions gateway)
    {
        var options = gateway.Resilience;
        var time = gateway.Time;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "GitHub rate limits",
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = async args =>
                {
                    if (args.Outcome.Result is not { } response
                        || await RateLimitWaitAsync(args.Context, response, args.AttemptNumber, options, time) is not { } wait)
                    {
                        return false;
                    }

                    args.Context.Properties.Set(RateLimitWait, wait);
                    return true;
                },
                DelayGenerator = args => new(args.Context.Properties.GetValue(RateLimitWait, TimeSpan.Zero)),
            });
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "GitHub transient failures",
                MaxRetryAttempts = options.MaxRetries,
                ShouldHandle = args => new(!args.Context.CancellationToken.IsCancellationRequested && IsTransient(args.Outcome, args.Context)),
                DelayGenerator = args => new(Backoff(options, args.AttemptNumber)),
            });
        }

        return builder.AddTimeout(options.AttemptTimeout).Build();
    }

    internal static bool IsGraphQL(HttpRequestMessage request) =>
        request.RequestUri?.AbsolutePath.EndsWith("/graphql", StringComparison.Ordinal) == true;

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var isCreate = context.GetRequestMessage()?.Options.TryGetValue(GitHubRequestGate.IsCreate, out var creates) == true && creates;
        if (outcome.Exception is { } e)
        {
            return isCreate
                ? e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }
                : e is HttpRequestException or IOException or TimeoutException or TimeoutRejectedException or OperationCanceledException;
        }

        return !isCreate && outcome.Result is { } response && IsServerError(response.StatusCode);
    }

    /// <summary>A failure of GitHub or a proxy before it: worth a retry, and the request may have been applied.</summary>
    internal static bool IsServerError(HttpStatusCode status) =>
        status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    internal static TimeSpan Backoff(GitHubResilienceOptions options, int retry)
    {
        var exponential = options.BaseBackoff * Math.Pow(2, retry);
        var capped = exponential < options.MaxBackoff ? exponential : options.MaxBackoff;
        return capped * (1 + (0.5 * options.Jitter()));
    }

    /// <summary>The wait a rate-limit answer asks for, null if it is not one; throws when the wait is too long.</summary>
    private static async Task<TimeSpan?> RateLimitWaitAsync(
        ResilienceContext context, HttpResponseMessage response, int waitsSoFar, GitHubResilienceOptions options, TimeProvider time)
    {
        var request = context.GetRequestMessage() ?? response.RequestMessage;
        var what = $"{request?.Method} {request?.RequestUri?.AbsolutePath}";
        var ct = context.CancellationToken;
        if (response.StatusCode == HttpStatusCode.OK && Header(response, "x-ratelimit-remaining") == "0" && request is not null && IsGraphQL(request))
        {
            // GraphQL's primary limit comes as 200 with an error of type RATE_LIMITED: the same wait as REST's 403.
            var answer = await response.Content.ReadAsStringAsync(ct);
            return answer.Contains("\"RATE_LIMITED\"", StringComparison.Ordinal) ? PrimaryLimitWait(response, what, waitsSoFar, options, time) : null;
        }

        if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        if (Header(response, "x-ratelimit-remaining") == "0")
        {
            return PrimaryLimitWait(response, what, waitsSoFar, options, time);
        }

        if (response.StatusCode != HttpStatusCode.TooManyRequests
            && !(await response.Content.ReadAsStringAsync(ct)).Contains("secondary rate limit", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // Without retry-after GitHub asks for at least a minute, and for an exponentially increasing wait while the limit goes
        // on (requests sent on into a secondary limit can get the integration banned); the back-off stays within the longest wait.
        var backoff = options.SecondaryRateLimitWait * Math.Pow(2, waitsSoFar);
        var wait = RetryAfter(response, time) ?? (backoff < options.MaxSecondaryRateLimitWait ? backoff : options.MaxSecondaryRateLimitWait);
        if (wait > options.MaxSecondaryRateLimitWait || waitsSoFar >= options.MaxRateLimitWaits)
        {
            response.Dispose();
            throw new GitHubRateLimitException(
                $"GitHub's secondary rate limit stopped {what} (asked to wait {wait.TotalSeconds:0} s after {waitsSoFar} waits; "
                + $"the limit is {options.MaxSecondaryRateLimitWait.TotalSeconds:0} s and {options.MaxRateLimitWaits} waits). "
                + "Run the command again later.");
        }

        return wait;
    }

    private static TimeSpan PrimaryLimitWait(HttpResponseMessage response, string what, int waitsSoFar, GitHubResilienceOptions options, TimeProvider time)
    {
        var resource = Header(response, "x-ratelimit-resource") ?? "core";
        if (!long.TryParse(Header(response, "x-ratelimit-reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var resetEpoch))
        {
            response.Dispose();
            throw new GitHubRateLimitException(
                $"GitHub's primary rate limit ({resource}) is exhausted and GitHub named no reset time; {what} was not completed.");
        }

        var resetsAt = DateTimeOffset.FromUnixTimeSeconds(resetEpoch);
        var until = Until(resetsAt, time);
        if (until > options.MaxPrimaryRateLimitWait || waitsSoFar >= options.MaxRateLimitWaits)
        {
            response.Dispose();
            throw new GitHubRateLimitException(
                $"GitHub's primary rate limit ({resource}) is exhausted; resets at {SessionText.Timestamp(resetsAt)}, "
                + $"in {Math.Ceiling(until.TotalMinutes):0} min. {what} was not completed; run the command again after the reset.");
        }

        // One second past the reset: GitHub's clock and ours may differ by the rounding of epoch seconds.
        return until + TimeSpan.FromSeconds(1);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) =>
        response.Headers.RetryAfter is { } retryAfter
            ? retryAfter.Delta ?? (retryAfter.Date is { } date ? Until(date, time) : null)
            : null;

    private static TimeSpan Until(DateTimeOffset moment, TimeProvider time) =>
        moment - time.GetUtcNow() is var until && until > TimeSpan.Zero ? until : TimeSpan.Zero;

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
