using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>The staff issue opened once when an application is accepted.</summary>
public sealed class OnboardingOptions
{
    /// <summary>The checklist of the onboarding issue, one task per item; an empty list opens no onboarding issue.</summary>
    [ConfigurationKeyName("checklist")]
    public IReadOnlyList<string> Checklist { get; init; } =
    [
        "Add the project to the PyTorch landscape",
        "List the project on the PyTorch website's ecosystem page",
        "Announce the project (newsletter and social media)",
        "Offer the maintainers a post on the PyTorch blog",
    ];
}
