namespace Ecosystem.Domain.Intake;

/// <summary>A question of the form; <paramref name="Description"/> is what the form asks under its label, in its words.</summary>
public sealed record FormField(ApplicationField Field, string Label, bool Required, string? Placeholder, string? Description)
{
    /// <summary>The question's line in an issue body, as GitHub writes it from the form.</summary>
    public string Heading => "### " + Label;
}
