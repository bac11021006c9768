namespace Ecosystem.TestServer.Faults;

/// <summary>Which matching requests (counted from 1 since the rule was added) a fault hits.</summary>
public sealed record FaultHits(int First, int Count)
{
    /// <summary>Only the <paramref name="n"/>th matching request.</summary>
    public static FaultHits Nth(int n) => new(n, 1);

    /// <summary>The next <paramref name="count"/> matching requests.</summary>
    public static FaultHits Next(int count = 1) => new(1, count);

    public static FaultHits Always { get; } = new(1, int.MaxValue);

    internal bool Includes(int matchNumber) => matchNumber >= First && matchNumber - First < Count;
}
