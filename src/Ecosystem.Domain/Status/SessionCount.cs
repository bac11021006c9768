namespace Ecosystem.Domain.Status;

/// <summary>A past review session and how many applications it reviewed.</summary>
public sealed record SessionCount(DateOnly Date, int Reviewed);
