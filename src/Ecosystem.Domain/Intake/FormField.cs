namespace Ecosystem.Domain.Intake;

/// <summary>
/// A question of the form; <paramref name="Field"/> is its role the checks read, null for a question of the foundation's own,
/// which is only required or not; <paramref name="Description"/> is what the form asks under its label, in its words.
/// </summary>
public sealed record FormField(ApplicationField? Field, string Label, bool Required, string? Placeholder, string? Description)
{
    /// <summary>The question's line in an issue body, as GitHub writes it from the form.</summary>
    public string Heading => "### " + Label;

    /// <summary>
    /// The boxes of a <c>checkboxes</c> question marked <c>required: true</c>, by their labels: the applicant must tick each.
    /// </summary>
    public IReadOnlyList<string> RequiredBoxes { get; init; } = [];
}
