namespace Ecosystem.Domain.Issues;

/// <summary>The label names that are not configurable (the configurable ones and their defaults are <see cref="LabelNames"/>).</summary>
public static class ProcessLabels
{
    /// <summary>Marks an accepted project that stayed short after a re-check.</summary>
    public const string Retire = "Retire";
}
