using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class ApplicationFormTests
{
    [TestMethod]
    public void Shipped_template_and_field_map_agree_both_ways()
    {
        var yaml = File.ReadAllText(IntakeFixtures.TemplatePath);
        var form = ApplicationForm.Parse(yaml, IntakeFixtures.TemplatePath);

        // Every field of the template is mapped (Parse would throw otherwise) and every mapped field is in the template.
        CollectionAssert.AreEquivalent(Enum.GetValues<ApplicationField>(), form.Fields.Select(f => f.Field).ToList());
        foreach (var field in Enum.GetValues<ApplicationField>())
        {
            Assert.AreEqual(HeadingText.Normalise(ApplicationForm.Labels[(int)field]), HeadingText.Normalise(form[field].Label), $"label of {field}");
        }
    }

    [TestMethod]
    public void Required_flags_and_placeholders_come_from_the_yaml()
    {
        var form = IntakeFixtures.Form;

        Assert.AreEqual("Ecosystem Project application", form.Name);
        Assert.AreEqual(13, form.Fields.Count(f => f.Required));
        Assert.IsFalse(form[ApplicationField.AdditionalRepositories].Required);
        Assert.IsFalse(form[ApplicationField.BackingEntity].Required);
        Assert.IsFalse(form[ApplicationField.AdditionalInformation].Required);
        Assert.IsTrue(form[ApplicationField.SimilarProjects].Required, "required:   true with extra spaces");
        Assert.AreEqual("Add code repo URL here", form[ApplicationField.RepositoryUrl].Placeholder);
        Assert.IsNull(form[ApplicationField.AdditionalInformation].Placeholder);
    }

    [TestMethod]
    public void Renamed_template_label_without_map_update_is_reported_by_label()
    {
        var yaml = File.ReadAllText(IntakeFixtures.TemplatePath).Replace("label: Contact emails", "label: Contact addresses", StringComparison.Ordinal);

        var error = Assert.ThrowsExactly<FormatException>(() => ApplicationForm.Parse(yaml, "application.yml"));

        Assert.Contains("'Contact addresses'", error.Message);
        Assert.Contains("'Contact emails'", error.Message);
        Assert.Contains("add the missing ones", error.Message);
    }

    /// <summary>
    /// A foundation pointing application.template at its own form, whose questions differ from PyTorch's, is told which of
    /// its questions (by line) are not read and which are missing, and what to do: not to update a map in the program's code.
    /// </summary>
    [TestMethod]
    public void A_foundation_form_with_other_questions_is_told_each_question_by_its_line_and_what_to_do()
    {
        var yaml = File.ReadAllText(IntakeFixtures.TemplatePath).Replace("label: Version of PyTorch", "label: Kubernetes version", StringComparison.Ordinal);

        var error = Assert.ThrowsExactly<FormatException>(() => ApplicationForm.Parse(yaml, ".github/ISSUE_TEMPLATE/sandbox.yml"));

        Assert.AreEqual(
            ".github/ISSUE_TEMPLATE/sandbox.yml: the automation reads applications by the questions of the PyTorch form, and this form's differ: "
            + "the question 'Kubernetes version' (line 106) is not one of them; missing: 'Version of PyTorch'. Each question needs one of the "
            + "PyTorch form's labels (case, spacing and punctuation aside): rename or remove the others, and add the missing ones.",
            error.Message);
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
