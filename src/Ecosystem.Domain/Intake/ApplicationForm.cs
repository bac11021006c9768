using YamlDotNet.RepresentationModel;

namespace Ecosystem.Domain.Intake;

/// <summary>The issue form (<c>.github/ISSUE_TEMPLATE/application.yml</c>); its questions and <see cref="Labels"/> must agree.</summary>
public sealed class ApplicationForm
{
    private ApplicationForm(string name, IReadOnlyList<FormField> fields)
    {
        Name = name;
        Fields = fields;
    }

    /// <summary>
    /// The label of each <see cref="ApplicationField"/>, in the enum's order. The live form has no field ids, so each field
    /// is known by its label; a test fails when the shipped template and this map disagree.
    /// Labels are compared after <see cref="HeadingText.Normalise"/>, so spacing and punctuation may vary.
    /// </summary>
    public static IReadOnlyList<string> Labels { get; } =
    [
        "Contact emails",
        "Project summary",
        "Project description",
        "Are there any other projects in the PyTorch Ecosystem similar to yours? If, yes, what are they?",
        "Project repo URL",
        "Additional repos in scope of the application",
        "Project license",
        "GitHub handles of the project maintainer(s)",
        "Is there a corporate or academic entity backing this project? If so, please provide the name and URL of the entity.",
        "Website URL",
        "Documentation",
        "How do you build and test the project today (continuous integration)? Please describe.",
        "Version of PyTorch",
        "Components of PyTorch",
        "How long do you expect to maintain the project?",
        "Additional information",
    ];

    // Normalised once: the heading of every answer in every body is looked up here.
    private static readonly string[] NormalisedLabels = [.. Labels.Select(HeadingText.Normalise)];

    /// <summary>What the form's title says until the applicant puts the project's name in (<c>[Ecosystem] &lt;Project Name&gt;</c>).</summary>
    public const string TitlePlaceholder = "<Project Name>";

    /// <summary>The form's name as GitHub lists it under "New issue".</summary>
    public string Name { get; }

    public IReadOnlyList<FormField> Fields { get; }

    public FormField this[ApplicationField field] => Fields.First(f => f.Field == field);

    /// <summary><paramref name="source"/> names the form in error messages.</summary>
    public static ApplicationForm Parse(string yaml, string source = "application.yml")
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new FormatException($"{source}: not valid YAML at line {e.Start.Line}: {e.Message}", e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FormatException($"{source}: an issue form is a YAML mapping with 'name', 'title' and 'body'.");
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("body"), out var bodyNode) || bodyNode is not YamlSequenceNode body)
        {
            throw new FormatException($"{source}: the form has no 'body' list of fields.");
        }

        var fields = new List<FormField>();
        var unmapped = new List<string>();
        var index = 0;
        foreach (var item in body.Children.OfType<YamlMappingNode>())
        {
            index++;
            var type = Scalar(item, "type") ?? string.Empty;
            if (string.Equals(type, "markdown", StringComparison.Ordinal))
            {
                continue;
            }

            var attributes = Child(item, "attributes");
            var label = Scalar(attributes, "label") ?? throw new FormatException($"{source}: body item {index} ({type}) has no attributes.label.");
            var required = string.Equals(Scalar(Child(item, "validations"), "required")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            if (FieldFor(label) is { } field)
            {
                fields.Add(new FormField(
                    field, label.Trim(), required, Scalar(attributes, "placeholder")?.Trim(), Scalar(attributes, "description")?.Trim()));
            }
            else
            {
                unmapped.Add($"the question '{label.Trim()}' (line {item.Start.Line}) is not one of them");
            }
        }

        // Indexes, not (field, label) pairs: generic code over a struct is compiled at every start.
        var missing = new List<string>();
        for (var i = 0; i < Labels.Count; i++)
        {
            if (!fields.Exists(f => (int)f.Field == i))
            {
                missing.Add($"'{Labels[i]}'");
            }
        }

        if (unmapped.Count > 0 || missing.Count > 0)
        {
            // Said to a foundation pointing application.template at its own form: which questions, where, and what to do.
            string[] problems = [.. unmapped, .. missing.Count == 0 ? [] : (string[])["missing: " + string.Join(", ", missing)]];
            throw new FormatException($"{source}: the automation reads applications by the questions of the PyTorch form, and this form's differ: "
                + $"{string.Join("; ", problems)}. Each question needs one of the PyTorch form's labels (case, spacing and punctuation aside): "
                + "rename or remove the others, and add the missing ones.");
        }

        return new ApplicationForm((Scalar(root, "name") ?? "application").Trim(), fields);
    }

    /// <summary>The field <paramref name="label"/> names as it is written (case, punctuation and spacing aside), or null.</summary>
    internal static ApplicationField? FieldFor(string label)
    {
        var wanted = HeadingText.Normalise(label);
        for (var i = 0; i < NormalisedLabels.Length; i++)
        {
            if (string.Equals(NormalisedLabels[i], wanted, StringComparison.Ordinal))
            {
                return (ApplicationField)i;
            }
        }

        return null;
    }

    private static YamlMappingNode? Child(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child as YamlMappingNode : null;

    private static string? Scalar(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlScalarNode scalar ? scalar.Value : null;
}
