using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class HeadingTextTests
{
    [TestMethod]
    [DataRow("Project repo URL ", "project repo url")]
    [DataRow("  GitHub handles of the project maintainer(s)", "github handles of the project maintainer s")]
    [DataRow("Are there any other projects?  If, yes, what are they?", "are there any other projects if yes what are they")]
    public void Normalise_drops_case_punctuation_and_spacing(string text, string expected) =>
        Assert.AreEqual(expected, HeadingText.Normalise(text));

    [TestMethod]
    public void Words_fold_plurals_and_spellings()
    {
        CollectionAssert.AreEquivalent(new[] { "project", "license" }, HeadingText.Words("Project Licences").ToList());
        CollectionAssert.AreEquivalent(new[] { "additional", "repo" }, HeadingText.Words("Additional repositories").ToList());
        CollectionAssert.AreEquivalent(new[] { "additional", "information" }, HeadingText.Words("Additional info").ToList());
    }

    [TestMethod]
    public void Unrelated_heading_scores_zero_and_a_close_rename_scores_high()
    {
        var label = HeadingText.Words("Project repo URL");

        Assert.AreEqual(0, HeadingText.Similarity(HeadingText.Words("Where to reach us"), label));
        Assert.IsGreaterThan(0.8, HeadingText.Similarity(HeadingText.Words("Repo URL"), label));
    }
}
