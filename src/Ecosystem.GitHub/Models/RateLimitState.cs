namespace Ecosystem.GitHub.Models;

/// <summary>The primary (core) REST rate limit as GitHub reports it.</summary>
public sealed record RateLimitState(int Limit, int Remaining, DateTimeOffset ResetsAt);
