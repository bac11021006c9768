using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>How application issues are recognised and parsed.</summary>
public sealed class ApplicationOptions
{
    /// <summary>The issue form to parse against, relative to the repository root.</summary>
    [ConfigurationKeyName("template")]
    public string Template { get; init; } = ".github/ISSUE_TEMPLATE/application.yml";

    [ConfigurationKeyName("title-prefix")]
    public string TitlePrefix { get; init; } = "[Ecosystem]";

    /// <summary>An extra label that identifies applications; empty when applications are recognised by their form alone.</summary>
    [ConfigurationKeyName("label")]
    public string Label { get; init; } = "";
}
