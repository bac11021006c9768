using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>The Working Group: a group of people, and who of them is away from leading reviews for now.</summary>
public sealed class WorkingGroupOptions : PeopleGroupOptions
{
    /// <summary>Members who vote but are not picked to lead reviews for now (away, on leave).</summary>
    [ConfigurationKeyName("unavailable")]
    public IReadOnlyList<string> Unavailable { get; init; } = [];
}
