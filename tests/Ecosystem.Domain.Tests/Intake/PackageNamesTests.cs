using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class PackageNamesTests
{
    [TestMethod]
    public void Names_come_from_the_repository_and_the_title_without_prefix_or_tagline()
    {
        var names = Guess(new RepositoryReference("org", "Torch_Render"), "[Ecosystem] Torch Render: fast differentiable rendering");

        CollectionAssert.AreEqual(new[] { "torch-render" }, names.ToList());
    }

    [TestMethod]
    public void Distinct_title_name_is_added_after_the_repository_name()
    {
        var names = Guess(new RepositoryReference("org", "tr-core"), "[ecosystem]TorchRender - rendering");

        CollectionAssert.AreEqual(new[] { "tr-core", "torchrender" }, names.ToList());
    }

    [TestMethod]
    public void Template_title_gives_no_name() =>
        Assert.IsEmpty(Guess(null, "[Ecosystem] <Project Name>"));

    [TestMethod]
    public void A_configured_prefix_is_no_part_of_the_name() =>
        CollectionAssert.AreEqual(new[] { "torch-render" }, Guess(null, "Ecosystem: Torch Render", "Ecosystem:").ToList(), "not `ecosystem`, cut at the colon");

    private static IReadOnlyList<string> Guess(RepositoryReference? repository, string title, string prefix = "[Ecosystem]") =>
        PackageNames.Guess(repository, new IntakeRules { TitlePrefix = prefix }.ProjectNameIn(title));
}
