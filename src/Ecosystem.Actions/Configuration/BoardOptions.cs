using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>The Projects v2 board. Without an <see cref="Owner"/> there is no board and the automation runs on labels alone.</summary>
public sealed class BoardOptions
{
    /// <summary>The organisation or user owning the project; empty means no board.</summary>
    [ConfigurationKeyName("owner")]
    public string Owner { get; init; } = "";

    [ConfigurationKeyName("number")]
    public int Number { get; init; }

    [ConfigurationKeyName("status-field")]
    public string StatusField { get; init; } = "Status";

    [ConfigurationKeyName("columns")]
    public BoardColumnOptions Columns { get; init; } = new();

    /// <summary>An optional date field set to the session date when an item is scheduled; empty means none.</summary>
    [ConfigurationKeyName("session-date-field")]
    public string SessionDateField { get; init; } = "";

    public bool IsEnabled => Owner.Length > 0;
}
