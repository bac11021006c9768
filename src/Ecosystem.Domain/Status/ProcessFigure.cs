namespace Ecosystem.Domain.Status;

/// <summary>
/// One process figure as github/issue-metrics reports it: the median and 90th percentile of a duration (in days)
/// over the measurements of the window, and the same per month for the chart.
/// </summary>
public sealed record ProcessFigure(string Id, string Name, string Definition, IReadOnlyList<Measurement> Measurements, IReadOnlyList<MonthlyFigure> Months)
{
    public double? Median => Percentiles.Of(Measurements.Select(m => m.Days), 50);

    public double? Percentile90 => Percentiles.Of(Measurements.Select(m => m.Days), 90);
}
