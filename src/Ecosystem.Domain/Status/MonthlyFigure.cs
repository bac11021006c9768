namespace Ecosystem.Domain.Status;

/// <summary>A figure's median and 90th percentile (days) over the measurements that ended in one month; null without any.</summary>
public sealed record MonthlyFigure(DateOnly Month, int Count, double? Median, double? Percentile90);
