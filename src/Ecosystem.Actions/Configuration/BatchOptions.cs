using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>How many applications one review session takes.</summary>
public sealed class BatchOptions
{
    [ConfigurationKeyName("min")]
    public int Min { get; init; } = 7;

    [ConfigurationKeyName("max")]
    public int Max { get; init; } = 10;
}
