namespace Ecosystem.Domain.Intake;

/// <summary>One question of the issue form, as the template YAML describes it.</summary>
public sealed record FormField(
    ApplicationField Field,
    string Label,
    string Type,
    bool Required,
    string? Placeholder);
