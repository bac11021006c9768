namespace Ecosystem.Domain.Intake;

/// <summary>
/// The live form has no field ids, so each field is known by its label. This map is the one place
/// that ties a label to a field; a test fails when the shipped template and this map disagree.
/// Labels are compared after <see cref="HeadingText.Normalise"/>, so spacing and punctuation may vary.
/// </summary>
public static class ApplicationFieldMap
{
    public static IReadOnlyList<KeyValuePair<ApplicationField, string>> Labels { get; } =
    [
        new(ApplicationField.ContactEmails, "Contact emails"),
        new(ApplicationField.Summary, "Project summary"),
        new(ApplicationField.Description, "Project description"),
        new(ApplicationField.SimilarProjects, "Are there any other projects in the PyTorch Ecosystem similar to yours? If, yes, what are they?"),
        new(ApplicationField.RepositoryUrl, "Project repo URL"),
        new(ApplicationField.AdditionalRepositories, "Additional repos in scope of the application"),
        new(ApplicationField.License, "Project license"),
        new(ApplicationField.Maintainers, "GitHub handles of the project maintainer(s)"),
        new(ApplicationField.BackingEntity, "Is there a corporate or academic entity backing this project? If so, please provide the name and URL of the entity."),
        new(ApplicationField.Website, "Website URL"),
        new(ApplicationField.Documentation, "Documentation"),
        new(ApplicationField.BuildAndTest, "How do you build and test the project today (continuous integration)? Please describe."),
        new(ApplicationField.PyTorchVersion, "Version of PyTorch"),
        new(ApplicationField.PyTorchComponents, "Components of PyTorch"),
        new(ApplicationField.MaintenancePeriod, "How long do you expect to maintain the project?"),
        new(ApplicationField.AdditionalInformation, "Additional information"),
    ];

    /// <summary>The field whose label matches <paramref name="label"/> exactly (after normalising), or null.</summary>
    public static ApplicationField? FieldFor(string label)
    {
        var wanted = HeadingText.Normalise(label);
        foreach (var (field, known) in Labels)
        {
            if (string.Equals(HeadingText.Normalise(known), wanted, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }
}
