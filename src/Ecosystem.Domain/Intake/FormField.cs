namespace Ecosystem.Domain.Intake;

public sealed record FormField(ApplicationField Field, string Label, bool Required, string? Placeholder)
{
    /// <summary>The question's line in an issue body, as GitHub writes it from the form.</summary>
    public string Heading => "### " + Label;
}
