using YamlDotNet.RepresentationModel;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// The application issue form (<c>.github/ISSUE_TEMPLATE/application.yml</c>): its title and its
/// questions with labels, types, required flags and placeholders. Every question must be known to
/// <see cref="ApplicationFieldMap"/>, and every mapped field must be in the form.
/// </summary>
public sealed class ApplicationForm
{
    private ApplicationForm(string name, string title, IReadOnlyList<FormField> fields)
    {
        Name = name;
        Title = title;
        Fields = fields;
    }

    /// <summary>The form's name as GitHub lists it under "New issue".</summary>
    public string Name { get; }

    /// <summary>The title the form gives new issues, e.g. <c>[Ecosystem] &lt;Project Name&gt;</c>.</summary>
    public string Title { get; }

    public IReadOnlyList<FormField> Fields { get; }

    public FormField this[ApplicationField field] => Fields.First(f => f.Field == field);

    /// <summary>Reads the form from its YAML text; <paramref name="source"/> names it in error messages.</summary>
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

        var title = Scalar(root, "title") ?? string.Empty;
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
            var label = (attributes is null ? null : Scalar(attributes, "label"))
                ?? throw new FormatException($"{source}: body item {index} ({type}) has no attributes.label.");
            var placeholder = attributes is null ? null : Scalar(attributes, "placeholder");
            var validations = Child(item, "validations");
            var required = validations is not null
                && string.Equals(Scalar(validations, "required")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

            var field = ApplicationFieldMap.FieldFor(label);
            if (field is null)
            {
                unmapped.Add(label.Trim());
                continue;
            }

            fields.Add(new FormField(field.Value, label.Trim(), type, required, placeholder?.Trim()));
        }

        // A loop, not LINQ over the map's pairs: generic code over a struct is compiled at every start.
        var missing = new List<string>();
        foreach (var (field, label) in ApplicationFieldMap.Labels)
        {
            if (!fields.Exists(f => f.Field == field))
            {
                missing.Add(label);
            }
        }

        if (unmapped.Count > 0 || missing.Count > 0)
        {
            string[] problems = [.. Listed("labels not in ApplicationFieldMap", unmapped), .. Listed("mapped labels not in the form", missing)];
            throw new FormatException($"{source}: the form and ApplicationFieldMap disagree ({string.Join("; ", problems)}). Update the map when the form changes.");
        }

        return new ApplicationForm((Scalar(root, "name") ?? "application").Trim(), title.Trim(), fields);
    }

    private static IEnumerable<string> Listed(string what, List<string> labels) =>
        labels.Count == 0 ? [] : [what + ": " + string.Join(", ", labels.Select(l => $"'{l}'"))];

    private static YamlMappingNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child as YamlMappingNode : null;

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlScalarNode scalar ? scalar.Value : null;
}
