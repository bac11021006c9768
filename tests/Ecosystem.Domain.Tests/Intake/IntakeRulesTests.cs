using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class IntakeRulesTests
{
    /// <summary>
    /// The one reading of a title, for the onboarding issue, the periodic review and the package look-ups. Before it was
    /// one, the onboarding issue kept a configured prefix without brackets and a tag over 40 characters, the periodic
    /// review kept a bracketed tag other than the prefix, and the package look-up cut "Ecosystem: Foo" to "ecosystem".
    /// A name typed into the placeholder of an old link to the form, which left its brackets and the link's query in the
    /// title ("&lt;torchrender&gt;?assignees=", a real shape), was read with them.
    /// </summary>
    [TestMethod]
    [DataRow("[Ecosystem] Torch Render", "[Ecosystem]", "Torch Render")]
    [DataRow("  [ecosystem]TorchRender - rendering ", "[Ecosystem]", "TorchRender - rendering")]
    [DataRow("TorchRender", "[Ecosystem]", "TorchRender")]
    [DataRow("[Ecosystem]", "[Ecosystem]", "")]
    [DataRow("[Ecosystem", "[Ecosystem]", "[Ecosystem")]
    [DataRow("[Ecosystem] [beta] TorchRender", "[Ecosystem]", "[beta] TorchRender")]
    [DataRow("[Ecosystem application] TorchRender", "[Ecosystem]", "TorchRender")]
    [DataRow("[Ecosystem application for a TorchThing of many words] TorchRender", "[Ecosystem]", "TorchRender")]
    [DataRow("Ecosystem: TorchRender", "Ecosystem:", "TorchRender")]
    [DataRow("[Tag] TorchRender", "", "TorchRender")]
    [DataRow("<torchrender>?assignees=", "[Ecosystem]", "torchrender")]
    [DataRow("[Ecosystem] <Torch Render>?assignees=&labels=New", "[Ecosystem]", "Torch Render")]
    [DataRow("<TorchRender> for PyTorch", "[Ecosystem]", "<TorchRender> for PyTorch")]
    public void The_project_name_is_the_title_without_the_prefix_or_a_tag_like_it(string title, string prefix, string expected) =>
        Assert.AreEqual(expected, new IntakeRules { TitlePrefix = prefix }.ProjectNameIn(title));

    /// <summary>
    /// What an application is, the title check and the project's name ask one question of the prefix. Before, with the
    /// prefix configured with spaces around it the title check warned on every title that carried it, and with one
    /// without brackets a lost form titled with it was not recognised as one.
    /// </summary>
    [TestMethod]
    [DataRow(" [Ecosystem] ", "[Ecosystem] TorchRender")]
    [DataRow("Ecosystem:", "  ecosystem: TorchRender")]
    public void Classification_the_title_check_and_the_project_name_agree_on_the_prefix(string prefix, string title)
    {
        var rules = IntakeFixtures.Rules with { TitlePrefix = prefix };
        var assessor = IntakeFixtures.Assessor(rules);
        var application = assessor.Read(IntakeFixtures.Issue(IntakeFixtures.Body("complete"), title));

        Assert.AreEqual(ApplicationKind.LostForm, assessor.Read(IntakeFixtures.Issue("Please add us", title, [])).Kind);
        Assert.IsFalse(new FormChecks(IntakeFixtures.Form, rules).Run(application).Any(f => f.Check == "form.title"));
        Assert.AreEqual("TorchRender", application.ProjectName);
    }
}
