using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>Who may act on applications.</summary>
public sealed class PeopleOptions
{
    [ConfigurationKeyName("staff")]
    public PeopleGroupOptions Staff { get; init; } = new();

    [ConfigurationKeyName("working-group")]
    public WorkingGroupOptions WorkingGroup { get; init; } = new();

    /// <summary>Marketing: assigned to applications decided as a community highlight.</summary>
    [ConfigurationKeyName("marketing")]
    public PeopleGroupOptions Marketing { get; init; } = new();

    /// <summary>Extra bot logins whose label changes are trusted (the automation's own login always is).</summary>
    [ConfigurationKeyName("automation")]
    public IReadOnlyList<string> Automation { get; init; } = [];
}
