using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>
/// A group of people: listed logins, a GitHub team, or both (members of either belong). Not sealed: the Working Group
/// is such a group with one key more (<see cref="WorkingGroupOptions"/>).
/// </summary>
public class PeopleGroupOptions
{
    [ConfigurationKeyName("users")]
    public IReadOnlyList<string> Users { get; init; } = [];

    /// <summary><c>org/team-slug</c>, or empty for none.</summary>
    [ConfigurationKeyName("team")]
    public string Team { get; init; } = "";
}
