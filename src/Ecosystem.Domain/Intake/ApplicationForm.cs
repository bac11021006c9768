using YamlDotNet.RepresentationModel;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// The issue form (<c>.github/ISSUE_TEMPLATE/application.yml</c>, or the foundation's own): each question's role is named by
/// its <c>id</c> (<see cref="Ids"/>) or its PyTorch label (<see cref="Labels"/>); a question with neither is the foundation's own.
/// </summary>
public sealed class ApplicationForm
{
    private ApplicationForm(string name, FormField[] fields)
    {
        Name = name;
        _fields = fields;
        _normalisedLabels = [.. fields.Select(f => HeadingText.Normalise(f.Label))];
    }

    /// <summary>
    /// The PyTorch form's label of each <see cref="ApplicationField"/>, in the enum's order: the live form has no field ids,
    /// so there a question's role is known by its label (normalised); a test fails when the shipped template disagrees.
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

    /// <summary>
    /// The <c>id</c> that gives a question of another foundation's form each role, in the enum's order, whatever its label:
    /// the form's own words are what applicants read.
    /// </summary>
    public static IReadOnlyList<string> Ids { get; } =
    [
        "contact-emails", "summary", "description", "similar-projects", "repository-url", "additional-repositories", "license",
        "maintainers", "backing-entity", "website", "documentation", "build-and-test", "pytorch-version", "pytorch-components",
        "maintenance-period", "additional-information",
    ];

    // Normalised once: the heading of every answer in every body is looked up here.
    private static readonly string[] NormalisedLabels = [.. Labels.Select(HeadingText.Normalise)];

    private readonly FormField[] _fields;

    private readonly string[] _normalisedLabels;

    /// <summary>What the form's title says until the applicant puts the project's name in.</summary>
    public const string TitlePlaceholder = "<Project Name>";

    /// <summary>The form's name as GitHub lists it under "New issue".</summary>
    public string Name { get; }

    public IReadOnlyList<FormField> Fields => _fields;

    /// <summary>Null when this form does not ask it.</summary>
    public FormField? this[ApplicationField field] => Fields.FirstOrDefault(f => f.Field == field);

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

        if (Get(root, "body") is not YamlSequenceNode body)
        {
            throw new FormatException($"{source}: the form has no 'body' list of fields.");
        }

        var fields = new List<FormField>();
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
            // A checkboxes question has no validations of its own: each box may be required, and so then is the question.
            var boxes = Items(attributes, "options").Where(IsRequired).Select(box => Scalar(box, "label")?.Trim()).OfType<string>().ToList();
            var required = IsRequired(Child(item, "validations")) || boxes.Count > 0;
            var role = RoleIn(Ids, Scalar(item, "id")?.Trim()) ?? RoleIn(NormalisedLabels, HeadingText.Normalise(label));
            if (role is not null && fields.Find(f => f.Field == role) is { } taken)
            {
                throw new FormatException($"{source}: the questions '{taken.Label}' and '{label.Trim()}' (line {item.Start.Line}) both ask for "
                    + $"{Ids[(int)role]}; give the role to one of them.");
            }

            var (placeholder, description) = (Scalar(attributes, "placeholder")?.Trim(), Scalar(attributes, "description")?.Trim());
            fields.Add(new FormField(role, label.Trim(), required, placeholder, description)
            {
                RequiredBoxes = boxes,
            });
        }

        // The two roles every command reads: the repository checks and the guardians go by them.
        foreach (var needed in new[] { ApplicationField.RepositoryUrl, ApplicationField.Maintainers })
        {
            if (!fields.Exists(f => f.Field == needed))
            {
                var what = needed == ApplicationField.RepositoryUrl ? "project's repository URL" : "maintainers' GitHub handles";
                throw new FormatException($"{source}: no question asks for the {what}, which the automation reads: give that question `id: {Ids[(int)needed]}` (or the PyTorch form's label '{Labels[(int)needed]}').");
            }
        }

        return new ApplicationForm((Scalar(root, "name") ?? "application").Trim(), [.. fields]);
    }

    /// <summary>
    /// The form presetting the new label (and the application label, when one is configured) and the title prefix, so that
    /// an application opened with it is read as new. A line that says so already is left as written: at the defaults, the
    /// PyTorch form is written as it is.
    /// </summary>
    public static string Presetting(string yaml, IntakeRules rules)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        string[] labels = rules.Labels.Application.Length > 0 ? [rules.Labels.New, rules.Labels.Application] : [rules.Labels.New];
        var title = $"{rules.TitlePrefix} {TitlePlaceholder}".Trim();
        var labelled = Get(root, "labels") is YamlSequenceNode written
            && written.Children.Select(c => (c as YamlScalarNode)?.Value).SequenceEqual(labels);
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].StartsWith("labels:", StringComparison.Ordinal) && !labelled
                ? $"labels: [{string.Join(", ", labels.Select(Quoted))}]"
                : lines[i].StartsWith("title:", StringComparison.Ordinal) && Scalar(root, "title") != title ? $"title: {Quoted(title)}"
                : lines[i];
        }

        return string.Join('\n', lines);
    }

    private static string Quoted(string text) =>
        $"\"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    // By reference: the record's equality compares its nullable role with a comparer the JIT compiles at every start.
    public int IndexOf(FormField question) => Array.FindIndex(_fields, f => ReferenceEquals(f, question));

    /// <summary>The index of the question <paramref name="label"/> names (case, punctuation and spacing aside), or -1.</summary>
    internal int QuestionFor(string label) => Array.IndexOf(_normalisedLabels, HeadingText.Normalise(label));

    private static ApplicationField? RoleIn(IReadOnlyList<string> names, string? name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return (ApplicationField)i;
            }
        }

        return null;
    }

    private static bool IsRequired(YamlMappingNode? node) =>
        string.Equals(Scalar(node, "required")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static YamlNode? Get(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static YamlMappingNode? Child(YamlMappingNode? node, string key) => Get(node, key) as YamlMappingNode;

    private static IEnumerable<YamlMappingNode> Items(YamlMappingNode? node, string key) =>
        Get(node, key) is YamlSequenceNode items ? items.Children.OfType<YamlMappingNode>() : [];

    private static string? Scalar(YamlMappingNode? node, string key) => (Get(node, key) as YamlScalarNode)?.Value;
}
