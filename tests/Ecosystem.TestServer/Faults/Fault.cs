namespace Ecosystem.TestServer.Faults;

/// <summary>What an injected fault does to a request. Build one with the static factories.</summary>
public abstract record Fault
{
    /// <summary>Answers with <paramref name="status"/> and a GitHub-shaped error body.</summary>
    public static Fault Status(int status, string message = "Server Error") => new StatusFault(status, message);

    /// <summary>Waits, then answers normally (a client with a shorter timeout gives up).</summary>
    public static Fault Delay(TimeSpan delay) => new DelayFault(delay);

    /// <summary>Aborts the connection without an answer.</summary>
    public static Fault DropConnection() => new DropConnectionFault();

    /// <summary>403 "You have exceeded a secondary rate limit…" with <c>retry-after</c> (none when null).</summary>
    public static Fault SecondaryRateLimit(int? retryAfterSeconds = 60) => new SecondaryRateLimitFault(retryAfterSeconds);

    /// <summary>429 with <c>retry-after</c> (none when null).</summary>
    public static Fault TooManyRequests(int? retryAfterSeconds = 60) => new TooManyRequestsFault(retryAfterSeconds);

    /// <summary>403 "API rate limit exceeded…" with <c>x-ratelimit-remaining: 0</c> and the reset time.</summary>
    public static Fault PrimaryRateLimit(DateTimeOffset reset) => new PrimaryRateLimitFault(reset);
}
