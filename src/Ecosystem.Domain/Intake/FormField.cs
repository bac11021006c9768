namespace Ecosystem.Domain.Intake;

public sealed record FormField(ApplicationField Field, string Label, bool Required, string? Placeholder);
