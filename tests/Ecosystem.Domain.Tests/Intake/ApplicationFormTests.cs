using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class ApplicationFormTests
{
    [TestMethod]
    public void Form_presetting_the_configured_labels_reads_them_back_and_at_the_defaults_is_the_shipped_form()
    {
        var yaml = File.ReadAllText(IntakeFixtures.TemplatePath);
        var rules = new IntakeRules { TitlePrefix = "[Say \"hi\" \\o/]", Labels = new() { New = "needs: \"triage\"" } };

        var preset = ApplicationForm.Presetting(yaml, rules);

        Assert.AreEqual(yaml, ApplicationForm.Presetting(yaml, new IntakeRules()));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)LoadYaml(preset).Documents[0].RootNode;
        Assert.AreEqual("needs: \"triage\"", ((YamlDotNet.RepresentationModel.YamlSequenceNode)root["labels"]).Children.Single().ToString());
        Assert.AreEqual("[Say \"hi\" \\o/] <Project Name>", root["title"].ToString());
        Assert.AreEqual(ApplicationForm.Parse(yaml).Fields.Count, ApplicationForm.Parse(preset).Fields.Count);
    }

    [TestMethod]
    public void Form_presets_the_configured_application_label_beside_the_new_label()
    {
        var yaml = File.ReadAllText(IntakeFixtures.TemplatePath);
        var rules = new IntakeRules { Labels = new() { Application = "application" } };

        var preset = ApplicationForm.Presetting(yaml, rules);

        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)LoadYaml(preset).Documents[0].RootNode;
        CollectionAssert.AreEqual(
            new[] { "New", "application" },
            ((YamlDotNet.RepresentationModel.YamlSequenceNode)root["labels"]).Children.Select(c => c.ToString()).ToArray());
        Assert.AreEqual(preset, ApplicationForm.Presetting(preset, rules), "a form presetting both is written as it is");
    }

    private static YamlDotNet.RepresentationModel.YamlStream LoadYaml(string yaml)
    {
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(yaml));
        return stream;
    }

    [TestMethod]
    public void Shipped_template_and_field_map_agree_both_ways()
    {
        var yaml = File.ReadAllText(IntakeFixtures.TemplatePath);
        var form = ApplicationForm.Parse(yaml, IntakeFixtures.TemplatePath);

        // Every field of the template is mapped and every mapped field is in the template.
        CollectionAssert.AreEquivalent(Enum.GetValues<ApplicationField>(), form.Fields.Select(f => f.Field).ToList());
        foreach (var field in Enum.GetValues<ApplicationField>())
        {
            Assert.AreEqual(
                HeadingText.Normalise(ApplicationForm.Labels[(int)field]), HeadingText.Normalise(form[field]!.Label), $"label of {field}");
        }
    }

    [TestMethod]
    public void Required_flags_and_placeholders_come_from_the_yaml()
    {
        var form = IntakeFixtures.Form;

        Assert.AreEqual("Ecosystem Project application", form.Name);
        Assert.AreEqual(13, form.Fields.Count(f => f.Required));
        Assert.IsFalse(form[ApplicationField.AdditionalRepositories]!.Required);
        Assert.IsFalse(form[ApplicationField.BackingEntity]!.Required);
        Assert.IsFalse(form[ApplicationField.AdditionalInformation]!.Required);
        Assert.IsTrue(form[ApplicationField.SimilarProjects]!.Required, "required:   true with extra spaces");
        Assert.AreEqual("Add code repo URL here", form[ApplicationField.RepositoryUrl]!.Placeholder);
        Assert.IsNull(form[ApplicationField.AdditionalInformation]!.Placeholder);
    }

    /// <summary>
    /// Another foundation's form (application.template) in its own words: each question the checks read is known by its
    /// id, PyTorch's questions it does not ask are not required of it, and a question of its own is kept, required or not.
    /// Before, such a form was refused until it asked "Version of PyTorch" under PyTorch's labels.
    /// </summary>
    [TestMethod]
    public void A_foundation_form_gives_roles_by_id_leaves_out_pytorchs_questions_and_keeps_its_own()
    {
        var form = ApplicationForm.Parse("""
            name: Sandbox application
            body:
            - {type: input, id: repository-url, attributes: {label: Source repository}, validations: {required: true}}
            - {type: textarea, id: maintainers, attributes: {label: Maintainers}}
            - {type: textarea, attributes: {label: Where is the governance documented?}, validations: {required: true}}
            """, ".github/ISSUE_TEMPLATE/sandbox.yml");

        Assert.AreEqual("Source repository", form[ApplicationField.RepositoryUrl]?.Label);
        Assert.AreEqual("Maintainers", form[ApplicationField.Maintainers]?.Label);
        Assert.IsNull(form[ApplicationField.PyTorchVersion]);
        var own = form.Fields[2];
        Assert.IsNull(own.Field);
        Assert.IsTrue(own.Required);
    }

    [TestMethod]
    public void A_checkboxes_question_with_boxes_marked_required_is_required_and_names_those_boxes()
    {
        // GitHub's form takes required: true on each box of a checkboxes question, not under validations.
        var form = IntakeFixtures.FormWithBoxes;

        Assert.IsTrue(form.Fields[2].Required);
        CollectionAssert.AreEqual(
            new[] { "We follow the foundation's code of conduct", "We agree to the [charter](https://foundation.example.org/charter)" },
            form.Fields[2].RequiredBoxes.ToList());
        Assert.IsFalse(form.Fields[3].Required);
        Assert.IsEmpty(form.Fields[3].RequiredBoxes);
    }

    [TestMethod]
    public void A_form_without_a_question_the_automation_reads_is_told_which_and_the_id_to_give_it()
    {
        var error = Assert.ThrowsExactly<FormatException>(() => ApplicationForm.Parse("""
            body:
            - {type: input, attributes: {label: Source repository}}
            - {type: textarea, id: maintainers, attributes: {label: Maintainers}}
            """, ".github/ISSUE_TEMPLATE/sandbox.yml"));

        Assert.AreEqual(".github/ISSUE_TEMPLATE/sandbox.yml: no question asks for the project's repository URL, which the automation reads: "
            + "give that question `id: repository-url` (or the PyTorch form's label 'Project repo URL').", error.Message);
    }

    [TestMethod]
    public void Two_questions_with_one_role_are_named()
    {
        var error = Assert.ThrowsExactly<FormatException>(() => ApplicationForm.Parse("""
            body:
            - {type: input, id: repository-url, attributes: {label: Source repository}}
            - {type: input, attributes: {label: Project repo URL}}
            """, "sandbox.yml"));

        Assert.AreEqual("sandbox.yml: the questions 'Source repository' and 'Project repo URL' (line 3) both ask for repository-url; "
            + "give the role to one of them.", error.Message);
    }

    [TestMethod]
    public void Invalid_yaml_is_reported_with_source_and_line()
    {
        var error = Assert.ThrowsExactly<FormatException>(() => ApplicationForm.Parse("name: x\nbody: [\n  - type: input\n  attributes: {", "forms/app.yml"));

        Assert.StartsWith("forms/app.yml: not valid YAML at line", error.Message);
    }

    [TestMethod]
    public void Form_without_body_is_rejected()
    {
        var error = Assert.ThrowsExactly<FormatException>(() => ApplicationForm.Parse("name: x\ntitle: y\n", "app.yml"));

        Assert.AreEqual("app.yml: the form has no 'body' list of fields.", error.Message);
    }
}
