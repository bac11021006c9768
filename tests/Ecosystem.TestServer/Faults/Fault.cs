namespace Ecosystem.TestServer.Faults;

/// <summary>What an injected fault does to a request. Build one with the static factories.</summary>
public abstract record Fault
{
    /// <summary>Answers with <paramref name="status"/> and a GitHub-shaped error body.</summary>
    public static Fault Status(int status, string message = "Server Error") => new StatusFault(status, message);

    /// <summary>Waits, then answers normally (a client with a shorter timeout gives up).</summary>
    public static Fault Delay(TimeSpan delay) => new DelayFault(delay);

    /// <summary>
    /// Lets GitHub apply the request, then answers <paramref name="status"/> (502, 503, 504) instead of the result, as a
    /// proxy does when GitHub's answer does not reach it in time: the write is made, the client never learns so.
    /// </summary>
    public static Fault AppliedThenStatus(int status = 502) => new AppliedThenStatusFault(status);

    /// <summary>GraphQL's primary rate limit: HTTP 200, an error of type <c>RATE_LIMITED</c>, <c>x-ratelimit-remaining: 0</c>.</summary>
    public static Fault GraphQLRateLimited(DateTimeOffset reset) => new GraphQLRateLimitFault(reset);

    /// <summary>
    /// Makes <paramref name="write"/> (another client's, such as a second run at the same moment) land first, then serves
    /// the request as usual: the other write falls between this client's read and its own write.
    /// </summary>
    public static Fault OtherWriteFirst(Action write) => new OtherWriteFirstFault(write);

    /// <summary>Aborts the connection without an answer.</summary>
    public static Fault DropConnection() => new DropConnectionFault();

    /// <summary>403 "You have exceeded a secondary rate limit…" with <c>retry-after</c> (none when null).</summary>
    public static Fault SecondaryRateLimit(int? retryAfterSeconds = 60) => new SecondaryRateLimitFault(retryAfterSeconds);

    /// <summary>429 with <c>retry-after</c> (none when null).</summary>
    public static Fault TooManyRequests(int? retryAfterSeconds = 60) => new TooManyRequestsFault(retryAfterSeconds);

    /// <summary>403 "API rate limit exceeded…" with <c>x-ratelimit-remaining: 0</c> and the reset time.</summary>
    public static Fault PrimaryRateLimit(DateTimeOffset reset) => new PrimaryRateLimitFault(reset);
}
