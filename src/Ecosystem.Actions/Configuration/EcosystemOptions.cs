using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>
/// The whole of <c>.github/ecosystem.yml</c>, bound. A new instance holds the built-in defaults, which
/// follow the live process; <see cref="EcosystemConfiguration.Load"/> layers the file, environment
/// and overrides on top. Keys are kebab-case; see the Configuration section of the README.
/// </summary>
public sealed class EcosystemOptions
{
    [ConfigurationKeyName("labels")]
    public LabelOptions Labels { get; init; } = new();

    [ConfigurationKeyName("application")]
    public ApplicationOptions Application { get; init; } = new();

    [ConfigurationKeyName("board")]
    public BoardOptions Board { get; init; } = new();

    [ConfigurationKeyName("sessions")]
    public SessionsOptions Sessions { get; init; } = new();

    [ConfigurationKeyName("people")]
    public PeopleOptions People { get; init; } = new();

    [ConfigurationKeyName("voting")]
    public VotingOptions Voting { get; init; } = new();

    [ConfigurationKeyName("requirements")]
    public RequirementsOptions Requirements { get; init; } = new();

    [ConfigurationKeyName("housekeeping")]
    public HousekeepingOptions Housekeeping { get; init; } = new();

    [ConfigurationKeyName("onboarding")]
    public OnboardingOptions Onboarding { get; init; } = new();
}
