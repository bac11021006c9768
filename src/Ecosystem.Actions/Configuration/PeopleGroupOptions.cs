using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>A group of people: listed logins, a GitHub team, or both (members of either belong).</summary>
public sealed class PeopleGroupOptions
{
    [ConfigurationKeyName("users")]
    public IReadOnlyList<string> Users { get; init; } = [];

    /// <summary><c>org/team-slug</c>, or empty for none.</summary>
    [ConfigurationKeyName("team")]
    public string Team { get; init; } = "";
}
