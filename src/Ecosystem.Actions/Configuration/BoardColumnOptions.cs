using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>Options of the board's status field that the process moves items between.</summary>
public sealed class BoardColumnOptions
{
    [ConfigurationKeyName("backlog")]
    public string Backlog { get; init; } = "New";

    [ConfigurationKeyName("in-progress")]
    public string InProgress { get; init; } = "In progress";

    [ConfigurationKeyName("done")]
    public string Done { get; init; } = "Done";
}
