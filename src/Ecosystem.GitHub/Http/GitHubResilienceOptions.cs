namespace Ecosystem.GitHub.Http;

/// <summary>How hard <see cref="GitHubRetryRules"/> tries before giving up.</summary>
public sealed record GitHubResilienceOptions
{
    /// <summary>Retries after a server error or a dropped connection (not counting rate-limit waits).</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First back-off; doubled per retry, with jitter, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan BaseBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>One attempt's time limit; an attempt that takes longer counts as a dropped connection.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// First wait after a secondary rate limit that names no <c>retry-after</c> (GitHub asks for at least a minute); doubled
    /// for each further one in a row, up to <see cref="MaxSecondaryRateLimitWait"/>.
    /// </summary>
    public TimeSpan SecondaryRateLimitWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest single wait for a secondary rate limit; a longer <c>retry-after</c> fails the request.</summary>
    public TimeSpan MaxSecondaryRateLimitWait { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Times in a row a secondary rate limit is waited out before the request fails.</summary>
    public int MaxRateLimitWaits { get; init; } = 3;

    /// <summary>A primary limit that resets within this is waited out; a later reset fails the request.</summary>
    public TimeSpan MaxPrimaryRateLimitWait { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A number in [0, 1) that spreads back-offs; injectable so tests are exact.</summary>
    public Func<double> Jitter { get; init; } = Random.Shared.NextDouble;
}
