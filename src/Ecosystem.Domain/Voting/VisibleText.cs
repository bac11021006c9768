namespace Ecosystem.Domain.Voting;

/// <summary>A line with its invisible characters taken out, and where each kept character was.</summary>
internal sealed record VisibleText(string Text, List<int>? Map)
{
    public int RawIndex(int visibleIndex) => Map is null ? visibleIndex : Map[visibleIndex];
}
