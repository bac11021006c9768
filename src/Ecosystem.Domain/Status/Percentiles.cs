namespace Ecosystem.Domain.Status;

/// <summary>
/// Percentiles as github/issue-metrics computes them (numpy's default): linear interpolation between the closest
/// ranks, so the median of an even count is the mean of the middle two.
/// </summary>
public static class Percentiles
{
    public static double? Of(IEnumerable<double> values, double percentile)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var rank = percentile / 100 * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((rank - low) * (sorted[high] - sorted[low]));
    }
}
